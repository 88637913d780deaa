import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineStore
import LeadlineTestSupport
import Testing

/// An import killed with SIGKILL mid-file: the server that starts next marks it failed with the
/// counts that were committed, the list holds exactly those contacts, and importing the file
/// again gives the list a clean import gives.
@Suite struct KilledImportTests {
    @Test func aKilledImportLeavesAConsistentListAndTrueCounts() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-kill-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = "\(folder)/store.sqlite"
        var file = LeadFile(seed: 3)
        try file.write(rows: 16_000, to: "\(folder)/leads.csv")
        func leadline(_ arguments: [String], db: String = database) throws -> (status: Int32, output: String) {
            try Subprocess.run([CommandLineTests.binary.path] + arguments + ["--db", db])
        }
        #expect(try leadline(["tenant", "create", "Acme"]).status == 0)

        // Opened (and migrated) before the import starts, so watching it only reads.
        let store = Store(database: try await Database.open(.sqlite(path: database)))
        let log = "\(folder)/import.log"
        let importer = try Subprocess.start(
            [CommandLineTests.binary.path, "import", "\(folder)/leads.csv", "--list", "Spring", "--create", "--region", "US",
             "--db", database, "--data-dir", "\(folder)/data"], log: log)
        var committed = ProcessCounts()
        for _ in 0..<600 {
            try await Task.sleep(for: .milliseconds(50))
            if let process = try? await store.processes.list(tenantID: 1, listID: nil, page: PageRequest()).items.first, process.counts.read > 0 {
                committed = process.counts
                break
            }
        }
        kill(importer, SIGKILL)
        #expect(try Subprocess.wait(importer) == 128 + SIGKILL)
        #expect(committed.read > 0 && committed.read < 16_000, "the import was killed midway")

        // The next server start marks the process failed; its counts are what the list holds.
        let port = try LoopbackPort.free()
        let serveLog = "\(folder)/serve.log"
        var environment = ProcessInfo.processInfo.environment
        environment["LEADLINE_PROCESS_SILENCE"] = "1"
        let server = try Subprocess.start(
            [CommandLineTests.binary.path, "serve", "--db", database, "--port", String(port), "--data-dir", "\(folder)/data"],
            environment: environment, log: serveLog)
        var process: ListProcess?
        for _ in 0..<200 {
            try await Task.sleep(for: .milliseconds(50))
            process = try await store.processes.list(tenantID: 1, listID: nil, page: PageRequest()).items.first
            if process?.state == .failed { break }
        }
        Subprocess.stop(server)
        let failed = try #require(process)
        #expect(failed.state == .failed && failed.details.contains("server stopped"), "\(failed.state) \(failed.details)")
        var contacts: [Contact] = []
        while true {
            let batch = try await store.contacts.batch(listID: failed.listID, tenantID: 1, statuses: nil, filter: nil, after: contacts.last?.id ?? 0, limit: 1000)
            if batch.isEmpty { break }
            contacts += batch
        }
        #expect(contacts.count == failed.counts.inserted && failed.counts.read % 2000 == 0, "\(failed.counts)")
        #expect(failed.counts.inserted + failed.counts.rejected + failed.counts.duplicates == failed.counts.read)
        // The rejected rows reached their file before their counts committed, and the file is offered.
        #expect(failed.counts.rejected > 0 && failed.hasResultFile)
        let rejectsPath = try #require(try await store.processes.resultPath(id: failed.id, tenantID: 1))
        var rejects = try CSVReader(source: try FileByteSource(path: rejectsPath), hasHeader: true)
        var row = CSVRow()
        var rejectedRows = 0
        while try rejects.next(into: &row) { rejectedRows += 1 }
        #expect(rejectedRows >= failed.counts.rejected, "\(rejectedRows) rows in the file, \(failed.counts.rejected) counted")

        // The same file again gives what one clean import gives.
        #expect(try leadline(["import", "\(folder)/leads.csv", "--list", "Spring", "--data-dir", "\(folder)/data"]).status == 0)
        #expect(try leadline(["tenant", "create", "Acme"], db: "\(folder)/clean.sqlite").status == 0)
        #expect(try leadline(["import", "\(folder)/leads.csv", "--list", "Spring", "--create", "--region", "US", "--data-dir", "\(folder)/data"],
                             db: "\(folder)/clean.sqlite").status == 0)
        let clean = Store(database: try await Database.open(.sqlite(path: "\(folder)/clean.sqlite")))
        func byAccount(_ store: Store) async throws -> [String: ContactContent] {
            var all: [String: ContactContent] = [:]
            var after: Int64 = 0
            while true {
                let batch = try await store.contacts.batch(listID: 1, tenantID: 1, statuses: nil, filter: nil, after: after, limit: 1000)
                guard let last = batch.last else { return all }
                for contact in batch { all[contact.content.externalID ?? ""] = contact.content }
                after = last.id
            }
        }
        let resumed = try await byAccount(store)
        let expected = try await byAccount(clean)
        #expect(resumed.count == expected.count && resumed == expected)
        await store.database.close()
        await clean.database.close()
    }
}
