import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore

struct CampaignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: "Create, run and watch campaigns.",
        subcommands: [Create.self, List.self, Start.self, Stop.self, Status.self, Watch.self, Export.self, ForecastCommand.self])

    /// A campaign by id or name in the tenant.
    struct CampaignTarget: ParsableArguments {
        @Option(help: "The campaign, by id or name.") var campaign: String
        @OptionGroup var owner: TenantOption

        func find(in store: Store) async throws -> (Tenant, Campaign) {
            let tenant = try await owner.resolve(in: store)
            if let id = Int64(campaign), let found = try await store.campaigns.find(id: id, tenantID: tenant.id) { return (tenant, found) }
            var cursor: Cursor?
            repeat {
                let page = try await store.campaigns.list(tenantID: tenant.id, page: PageRequest(limit: PageRequest.maximumLimit, after: cursor))
                if let found = page.items.first(where: { $0.definition.name == campaign }) { return (tenant, found) }
                cursor = page.nextCursor
            } while cursor != nil
            throw CommandFailure("no campaign is named or numbered '\(campaign)'")
        }

        /// The campaign's active job, else its latest.
        func job(in store: Store) async throws -> (Tenant, Campaign, Job) {
            let (tenant, campaign) = try await find(in: store)
            if let active = try await store.jobs.active(campaignID: campaign.id, tenantID: tenant.id) { return (tenant, campaign, active) }
            guard let latest = try await CampaignExport.latestJob(campaignID: campaign.id, tenantID: tenant.id, store: store) else {
                throw CommandFailure("campaign '\(campaign.definition.name)' has run no job yet")
            }
            return (tenant, campaign, latest)
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a campaign over lists; without --strategy, a strategy of the channel's defaults is made for it.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Option(help: "The campaign's name.") var name: String
        @Option(name: .customLong("list"), help: "A list it works, by id or name; repeat for several.") var lists: [String]
        @Option(help: "voice, sms or email.") var channel: String = "voice"
        @Option(help: "The strategy, by id or name.") var strategy: String?
        @Option(help: ArgumentHelp("Only contacts passing this filter.", valueName: "text")) var filter: String?
        @Option(help: "End after this many contacts with one of --goal-codes.") var goal: Int?
        @Option(help: "Comma-separated completion codes that count for --goal.") var goalCodes: String = "answered"
        @Option(help: "End this many minutes after starting.") var durationMinutes: Int?
        @Flag(help: "Keep taking the lists' new contacts; never end on all processed.") var infinite = false
        @Option(help: "sms and email: the gateway the messages go through, by id.") var gateway: Int64?

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    guard let channel = Channel(rawValue: channel) else { throw CommandFailure("--channel must be voice, sms or email") }
                    var ids: [Int64] = []
                    for name in lists {
                        guard let list = try await ListTarget.find(name, tenantID: tenant.id, in: store) else {
                            throw CommandFailure("no list is named or numbered '\(name)'")
                        }
                        ids.append(list.id)
                    }
                    let strategyID = try await strategyID(tenant: tenant, channel: channel, store: store)
                    let finish = FinishCriteria(
                        infinite: infinite, goal: goal.map { FinishCriteria.Goal(count: $0, codes: goalCodes.split(separator: ",").map(String.init)) },
                        durationMinutes: durationMinutes)
                    let campaign = try await CampaignSetup.createCampaign(
                        CampaignDefinition(
                            name: name, channel: channel, strategyID: strategyID, listIDs: ids, filter: try filter.map { .inline(try FilterText.parse($0)) } ?? .everyone,
                            finish: finish, gatewayID: gateway),
                        tenantID: tenant.id, store: store, now: Date())
                    print("campaign \(campaign.id) '\(campaign.definition.name)' over lists \(campaign.definition.listIDs.map(String.init).joined(separator: ", "))")
                }
            }
        }

        private func strategyID(tenant: Tenant, channel: Channel, store: Store) async throws -> Int64 {
            guard let strategy else {
                let made = try await CampaignSetup.createStrategy(
                    name: "\(name) strategy", channel: channel, settings: StrategySettings(channel: channel), tenantID: tenant.id, store: store)
                return made.id
            }
            let all = try await store.strategies.list(tenantID: tenant.id, page: PageRequest(limit: PageRequest.maximumLimit)).items
            guard let found = all.first(where: { String($0.id) == strategy || $0.name == strategy }) else {
                throw CommandFailure("no strategy is named or numbered '\(strategy)'")
            }
            return found.id
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List campaigns: id, name, channel, lists, active job.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    var cursor: Cursor?
                    repeat {
                        let page = try await store.campaigns.list(tenantID: tenant.id, page: PageRequest(limit: PageRequest.maximumLimit, after: cursor))
                        for campaign in page.items {
                            let job = try await store.jobs.active(campaignID: campaign.id, tenantID: tenant.id)
                            let lists = campaign.definition.listIDs.map(String.init).joined(separator: ",")
                            print("\(campaign.id)\t\(campaign.definition.name)\t\(campaign.definition.channel.rawValue)\tlists \(lists)\t"
                                + (job.map { "job \($0.id) \($0.state.rawValue)" } ?? "no active job"))
                        }
                        cursor = page.nextCursor
                    } while cursor != nil
                }
            }
        }
    }

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start a job of the campaign now and print its counters.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var target: CampaignTarget

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let (tenant, campaign) = try await target.find(in: store)
                    let job = try await JobControl.start(campaignID: campaign.id, tenantID: tenant.id, startedBy: "cli", store: store, now: Date())
                    print(CounterLines.describe(job))
                }
            }
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop the campaign's running job; it ends once its leases are answered.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var target: CampaignTarget

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let (tenant, _, job) = try await target.job(in: store)
                    print(CounterLines.describe(try await JobControl.stop(jobID: job.id, tenantID: tenant.id, actor: "cli", store: store)))
                }
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the counters of the campaign's active or latest job.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var target: CampaignTarget

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained { print(CounterLines.describe(try await target.job(in: store).2)) }
            }
        }
    }

    struct Watch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the live counters of the campaign's job on the terminal until it ends.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var target: CampaignTarget
        @Option(help: "Seconds between refreshes.") var interval: Double = 1

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let (tenant, _, first) = try await target.job(in: store)
                    var job = first
                    while true {
                        // Home and clear, then the counters: a screen that redraws in place.
                        print("\u{1B}[H\u{1B}[2J" + CounterLines.describe(job) + "\n\nupdated \(Timestamp.format(Date()))", terminator: "\n")
                        if job.state.hasEnded { return }
                        try await Task.sleep(for: .milliseconds(Int(interval * 1000)))
                        guard let next = try await store.jobs.find(id: job.id, tenantID: tenant.id) else { return }
                        job = next
                    }
                }
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export the attempts of the campaign's latest job with their results as CSV.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var target: CampaignTarget
        @Option(help: "The file to write (default: standard output).") var out: String?

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let (tenant, _, job) = try await target.job(in: store)
                    let handle = try OutputFile.open(out)
                    let written = try await CampaignExport.write(jobID: job.id, tenantID: tenant.id, store: store, emit: { bytes in
                        try handle.write(contentsOf: bytes)
                        bytes.removeAll(keepingCapacity: true)
                    })
                    if let out {
                        try handle.close()
                        print("exported \(written) attempts of job \(job.id) to \(out)")
                    }
                }
            }
        }
    }

    struct ForecastCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "forecast", abstract: "How many contacts are callable now, why others are not, and when they become callable.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var target: CampaignTarget
        @Option(help: "Hours ahead to show.") var hours: Int = 24

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let (tenant, campaign) = try await target.find(in: store)
                    let forecast = try await Forecast.make(campaignID: campaign.id, tenantID: tenant.id, store: store, now: Date())
                    print("contacts \(forecast.contacts), callable now \(forecast.callableNow), in progress \(forecast.inProgress)")
                    for (reason, count) in forecast.excluded.sorted(by: { $0.key < $1.key }) { print("  not now: \(reason) \(count)") }
                    var calendar = Calendar(identifier: .gregorian)
                    calendar.timeZone = TimeZone(identifier: forecast.zone) ?? .gmt
                    for hour in forecast.hours.prefix(hours) where hour.count > 0 {
                        let parts = calendar.dateComponents([.month, .day, .hour, .minute], from: hour.start)
                        print(String(format: "  from %02d-%02d %02d:%02d %@: %d", parts.month!, parts.day!, parts.hour!, parts.minute!, forecast.zone, hour.count))
                    }
                    if forecast.later > 0 { print("  later than 7 days: \(forecast.later)") }
                }
            }
        }
    }
}

/// A job's counters as lines on a terminal.
enum CounterLines {
    static func describe(_ job: Job) -> String {
        let counters = job.counters
        func value(_ name: String) -> Int { counters.value(name) }
        var lines = [
            "job \(job.id) of campaign \(job.campaignID): \(job.state.rawValue)" + (job.endReason.map { " (\($0))" } ?? ""),
            "  total \(value(JobCounters.total))   unattempted \(value(JobCounters.unattempted))   in progress \(value(JobCounters.inProgress))"
                + "   attempted \(value(JobCounters.attempted))   attempts \(value(JobCounters.attempts))",
            "  retries \(value(JobCounters.retries))   callbacks \(value(JobCounters.callbacks))   finished \(value(JobCounters.finished))",
        ]
        let overall = counters.overall
        for (label, prefix) in [("filtered out", "filtered."), ("waiting", "waiting."), ("by code", "code.")] {
            let group = overall.filter { $0.key.hasPrefix(prefix) && $0.value != 0 }.sorted { $0.key < $1.key }
            if !group.isEmpty { lines.append("  \(label): " + group.map { "\($0.key.dropFirst(prefix.count)) \($0.value)" }.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n")
    }
}
