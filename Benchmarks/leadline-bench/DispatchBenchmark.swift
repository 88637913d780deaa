import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport

/// A job over a large list worked by the dialer simulator: job start, leases and results, counter reads.
struct DispatchBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispatch",
        abstract: "A job over a large list: its start, the dialer simulator's lease-and-result pairs per second, latencies, counter reads.",
        discussion: """
            Loads --contacts generated contacts into one list, makes a voice campaign over it whose strategy calls at \
            any hour (so the time of the run does not matter), times the job's start (selection with a filter), then \
            runs the dialer simulator (--clients concurrent clients leasing --batch at a time and posting results by a \
            typical outcome mix) for --seconds, and times --reads reads of the job's counters. Build with -c release.
            """)

    @Option(help: "sqlite, postgres or both.") var engine: String = "both"
    @Option(help: "How many contacts the list holds.") var contacts: Int = 1_000_000
    @Option(help: "Concurrent simulated clients.") var clients: Int = 64
    @Option(help: "Contacts leased per call.") var batch: Int = 10
    @Option(help: "How long the simulator runs.") var seconds: Int = 30
    @Option(help: "Counter reads timed.") var reads: Int = 200

    func run() async throws {
        try await BenchList.eachStore(engine) { store, engine in try await measure(store, engine: engine) }
    }

    private func measure(_ store: Store, engine: Engine) async throws {
        let (tenant, list, _) = try await BenchList.load(contacts, engine: engine, into: store)
        var settings = StrategySettings(channel: .voice)
        settings.window = WeeklyWindow(days: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, DayWindow(start: LocalTime(hour: 0)!, end: .endOfDay)!) }))
        let strategy = try await CampaignSetup.createStrategy(name: "Any hour", channel: .voice, settings: settings, tenantID: tenant.id, store: store)
        let campaign = try await CampaignSetup.createCampaign(
            CampaignDefinition(
                name: "Bench", channel: .voice, strategyID: strategy.id, listIDs: [list.id],
                filter: .inline(try FilterText.parse(#"status = "remaining" and priority >= 1"#))),
            tenantID: tenant.id, store: store, now: Date())
        let startClock = ContinuousClock.now
        let job = try await JobControl.start(campaignID: campaign.id, tenantID: tenant.id, startedBy: "bench", store: store, now: Date())
        let startSeconds = (ContinuousClock.now - startClock).seconds
        BenchList.report("\(engine.rawValue) | job start (selection with a filter) | \(BenchList.format(startSeconds)) s | \(job.counters.value(JobCounters.total)) contacts, \(job.counters.value(JobCounters.unattempted)) to work")

        let simulator = DialerSimulator(clients: clients, batch: batch)
        let report = try await simulator.run(campaignID: campaign.id, tenantID: tenant.id, store: store, limit: .seconds(seconds))
        let p = DialerSimulator.Report.percentile
        BenchList.report("\(engine.rawValue) | \(clients) clients leasing \(batch) | \(report.pairs) pairs in \(BenchList.format(report.seconds)) s | \(Int(report.pairsPerSecond)) pairs/s")
        BenchList.report("\(engine.rawValue) | lease latency | p50 \(BenchList.format(p(report.leaseLatencies, 0.5))) ms | p99 \(BenchList.format(p(report.leaseLatencies, 0.99))) ms")
        BenchList.report("\(engine.rawValue) | result latency | p50 \(BenchList.format(p(report.resultLatencies, 0.5))) ms | p99 \(BenchList.format(p(report.resultLatencies, 0.99))) ms")

        var times: [Double] = []
        for _ in 0..<reads {
            let readStart = ContinuousClock.now
            _ = try await store.jobs.find(id: job.id, tenantID: tenant.id)
            times.append((ContinuousClock.now - readStart).seconds * 1000)
        }
        times.sort()
        BenchList.report("\(engine.rawValue) | counters read (GET job) | p50 \(String(format: "%.2f", p(times, 0.5))) ms | p99 \(String(format: "%.2f", p(times, 0.99))) ms")
        let kept = try await store.jobs.counters(jobID: job.id).nonZero
        let recounted = try await store.jobs.recount(jobID: job.id)
        BenchList.report("\(engine.rawValue) | counters equal a recount: \(kept == recounted)")
    }
}
