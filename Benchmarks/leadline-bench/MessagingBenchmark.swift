import ArgumentParser
import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineServer
import LeadlineStore
import LeadlineTestSupport
import Logging

/// An SMS campaign through a real Kannel, with fakesmsc as the operator's SMSC: messages handed
/// to Kannel per second, delivery reports taken per second, and the whole run's time.
struct MessagingBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sms",
        abstract: "An SMS campaign through Kannel and fakesmsc: messages handed per second, delivery reports per second, end to end.",
        discussion: """
            Loads --contacts generated contacts into one list, starts bearerbox, smsbox and fakesmsc on loopback and \
            Leadline's HTTP server for their delivery reports, and runs an SMS campaign at --rate messages a second \
            (the strategy's messagesPerSecond) until every message is handed to Kannel's sendsms and every delivery \
            report has landed on its attempt. Needs Debian's kannel and kannel-extras. Build with -c release.
            """)

    @Option(help: "sqlite, postgres or both.") var engine: String = "sqlite"
    @Option(help: "How many contacts the list holds.") var contacts: Int = 100_000
    @Option(help: "The strategy's messages per second.") var rate: Double = 5000

    func run() async throws {
        try await BenchList.eachStore(engine) { store, engine in try await measure(store, engine: engine) }
    }

    private func measure(_ store: Store, engine: Engine) async throws {
        let (tenant, list, _) = try await BenchList.load(contacts, engine: engine, into: store)
        let kannel = try KannelGateway()
        defer { kannel.stop() }
        let port = try LoopbackPort.free()
        let links = WebhookLinks(baseURL: "http://127.0.0.1:\(port)")
        var logger = Logger(label: "bench")
        logger.logLevel = .warning
        let files = try ProcessFiles(directory: FileManager.default.temporaryDirectory.appendingPathComponent("leadline-bench-\(UUID().uuidString)").path)
        let app = buildApplication(
            settings: ServerSettings(host: "127.0.0.1", port: port), store: store, files: files,
            runner: ProcessRunner(store: store, files: files, logger: logger), runsProcesses: false, logger: logger)
        let server = Task { try await app.run() }
        defer { server.cancel() }

        let gateway = try await GatewaySetup.create(
            GatewayInput(name: "Kannel", kind: .kannel, settings: GatewaySettings(url: kannel.sendsmsURL, username: kannel.username, from: kannel.sender),
                         password: kannel.password), tenantID: tenant.id, store: store)
        try kannel.start(inboundURL: links.kannelInbound(gateway: gateway))
        var settings = StrategySettings(channel: .sms)
        settings.window = WeeklyWindow(days: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, DayWindow(start: LocalTime(hour: 0)!, end: .endOfDay)!) }))
        settings.numberOrder = NumberChoice.everySlot
        settings.template = "Hi {{firstName}}, your renewal is due."
        settings.messagesPerSecond = rate
        let strategy = try await CampaignSetup.createStrategy(name: "Texts", channel: .sms, settings: settings, tenantID: tenant.id, store: store)
        let campaign = try await CampaignSetup.createCampaign(
            CampaignDefinition(name: "Bench", channel: .sms, strategyID: strategy.id, listIDs: [list.id], gatewayID: gateway.id),
            tenantID: tenant.id, store: store, now: Date())
        let job = try await JobControl.start(campaignID: campaign.id, tenantID: tenant.id, startedBy: "bench", store: store, now: Date())
        let total = job.counters.value(JobCounters.total)

        let start = ContinuousClock.now
        let sender = MessageSender(store: store, links: links, logger: logger)
        let report = try await sender.send(campaignID: campaign.id, tenantID: tenant.id)
        let handedAt = ContinuousClock.now
        var delivered = 0
        var stalled = ContinuousClock.now
        while delivered < report.handed {
            try await Task.sleep(for: .milliseconds(200))
            let now = try await store.jobs.counters(jobID: job.id).latestCode("delivered")
            if now > delivered { stalled = .now }
            delivered = now
            if ContinuousClock.now - stalled > .seconds(60) { break }
        }
        let end = ContinuousClock.now
        let seconds = (end - start).seconds
        BenchList.report("\(engine.rawValue) | \(total) contacts at \(Int(rate))/s | \(report.handed) handed to Kannel in \(BenchList.format(report.seconds)) s | \(Int(report.handedPerSecond)) msg/s | \(report.failed + report.refused) failed")
        BenchList.report("\(engine.rawValue) | delivery reports | \(delivered) of \(report.handed) matched | \(Int(Double(delivered) / seconds)) reports/s over the run, the last \(BenchList.format((end - handedAt).seconds)) s after the last hand-off")
        BenchList.report("\(engine.rawValue) | end to end | \(BenchList.format(seconds)) s | fakesmsc got \(kannel.received().count)")
        let kept = try await store.jobs.counters(jobID: job.id).nonZero
        BenchList.report("\(engine.rawValue) | counters equal a recount: \(kept == (try await store.jobs.recount(jobID: job.id)))")
    }
}
