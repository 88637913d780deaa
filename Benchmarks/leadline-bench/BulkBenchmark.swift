import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Logging

/// Filter previews and bulk processes on a large list, and blacklist checks in memory.
struct BulkBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulk",
        abstract: "Filter preview counts, and a copy, a move and a delete of a whole large list, as processes.",
        discussion: """
            Loads --contacts generated contacts into one list, then times a preview count on an indexed condition \
            (status) and on an unindexed one (priority), a copy of every contact into a new list, a move of every copied \
            contact into a third list, and a delete of every contact of the first list, each run as the server runs its \
            processes. Build with -c release.
            """)

    @Option(help: "sqlite, postgres or both.") var engine: String = "both"
    @Option(help: "How many contacts the list holds.") var contacts: Int = 1_000_000
    @Option(help: "Preview counts timed per filter.") var runs: Int = 20

    func run() async throws {
        try await BenchList.eachStore(engine) { store, engine in
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-bulk-bench-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            try await measure(store, engine: engine, files: try ProcessFiles(directory: scratch))
        }
    }

    private func measure(_ store: Store, engine: Engine, files: ProcessFiles) async throws {
        let (tenant, list, _) = try await BenchList.load(contacts, engine: engine, into: store)
        for text in [#"status = "remaining""#, "priority > 5"] {
            let filter = try FilterCheck.check(try FilterText.parse(text), fields: list.schema, now: Date())
            var times: [Double] = []
            var count = 0
            for _ in 0...runs {
                let start = ContinuousClock.now
                count = try await store.contacts.count(listIDs: [list.id], filter: filter, tenantID: tenant.id)
                times.append((ContinuousClock.now - start).seconds * 1000)
            }
            times = Array(times.dropFirst()).sorted()
            BenchList.report("\(engine.rawValue) | preview count '\(text)' = \(count) | p50 \(BenchList.format(times[times.count / 2])) ms | max \(BenchList.format(times.last!)) ms")
        }
        let runner = ProcessRunner(store: store, files: files, logger: Logger(label: "bench"))
        let copies = try await store.lists.create(ListSettings(name: "Copies"), tenantID: tenant.id)
        let moved = try await store.lists.create(ListSettings(name: "Moved"), tenantID: tenant.id)
        let work: [(String, Int64, ProcessSettings)] = [
            ("copy of every contact into a new list", copies.id, .listOperation(ListOperation(action: .copy, sources: [list.id], destination: copies.id))),
            ("move of every copy into a third list", moved.id, .listOperation(ListOperation(action: .move, sources: [copies.id], destination: moved.id))),
            ("delete of every contact of the first list", list.id, .delete(BulkSettings(filter: .everything))),
        ]
        for (label, listID, settings) in work {
            let process = try await store.processes.create(NewProcess(
                tenantID: tenant.id, listID: listID, actor: "bench", scheduledAt: Date(), fileName: nil, inputPath: nil, settings: settings))
            let start = ContinuousClock.now
            await runner.runDue()
            let seconds = (ContinuousClock.now - start).seconds
            let ended = try await store.processes.find(id: process.id, tenantID: tenant.id)!
            BenchList.report("\(engine.rawValue) | \(label) | \(BenchList.format(seconds)) s | \(ended.state.rawValue): \(ended.details)")
        }
    }
}

/// Blacklist checks in memory, as imports and campaign dispatch make them.
struct BlacklistBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blacklist",
        abstract: "Checks per second of the in-memory do-not-contact matcher.",
        discussion: """
            Builds a matcher of --entries entries (numbers, 1 in 20 the prefix of an exchange such as +1415555*, some with media and expiry) \
            and checks --checks numbers against it, a third of them listed. One core; build with -c release.
            """)

    @Option(help: "Entries on the list.") var entries: Int = 1_000_000
    @Option(help: "Numbers checked.") var checks: Int = 5_000_000

    func run() throws {
        var generator = LeadGenerator(seed: 99)
        let now = Date()
        func number() -> String { "+1\(2 + generator.below(8))\(generator.digits(9))" }
        var listed: [String] = []
        let buildStart = ContinuousClock.now
        var matcher = BlacklistMatcher()
        for id in 0..<entries {
            let uri: BlacklistURI
            if id % 20 == 0 {
                uri = .numberPrefix("+1\(2 + generator.below(8))\(generator.digits(5))")
            } else {
                let value = number()
                if listed.count < 100_000 { listed.append(value) }
                uri = .number(value)
            }
            matcher.add(BlacklistEntry(
                id: Int64(id), name: "", medium: [.any, .voice, .sms][id % 3], uri: uri, reason: "",
                expiresAt: id % 7 == 0 ? now.addingTimeInterval(86_400) : nil, createdAt: now, createdBy: "bench"))
        }
        let buildSeconds = (ContinuousClock.now - buildStart).seconds
        let probes = (0..<100_000).map { index in index % 3 == 0 ? listed[index % listed.count] : number() }
        var found = 0
        let start = ContinuousClock.now
        for index in 0..<checks {
            if matcher.entry(forNumber: probes[index % probes.count], channel: .voice, at: now) != nil { found += 1 }
        }
        let seconds = (ContinuousClock.now - start).seconds
        print("matcher of \(matcher.count) entries built in \(BenchList.format(buildSeconds)) s; peak memory \(ImportBench.peakMemoryMB()) MB")
        print("\(checks) checks in \(String(format: "%.2f", seconds)) s: \(Int(Double(checks) / seconds)) checks/s (\(found) listed)")
    }
}
