import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// Each kind of bad file fails its process with a reason a person can act on, or rejects rows
/// with reasons, and the list keeps every contact it had.
@Suite struct BadImportTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var settings = ImportSettings()
        /// Words the failure's details must hold; nil when the process finishes with rejected rows.
        var failure: String?
        var rejected = 0
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "binary file", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48], failure: "not a CSV file"),
        Case(name: "empty file", bytes: [], failure: "empty"),
        Case(name: "header that maps nothing", bytes: Array("colour,size\nred,XL\n".utf8), failure: "fill no part of a contact"),
        Case(name: "mapping to a missing field", bytes: Array("account_id,bal\nA9,1\n".utf8),
             settings: ImportSettings(mapping: ["account_id": "external_id", "bal": "balance_due"]), failure: "balance_due"),
        Case(name: "unknown template", bytes: Array("account_id\nA9\n".utf8), settings: ImportSettings(template: "nope"), failure: "nope"),
        Case(name: "wrong separator named", bytes: Array("account_id\nA9\n".utf8), settings: ImportSettings(separator: "x"), failure: "not a separator"),
        Case(name: "wrong separator in the file", bytes: Array("account_id;first_name\nA9;Zed\n".utf8), settings: ImportSettings(separator: ","),
             failure: "fill no part of a contact"),
        Case(name: "100,000 columns", bytes: Array((String(repeating: "c,", count: 100_000) + "account_id\n").utf8), failure: "header"),
        Case(name: "truncated upload", bytes: Array("account_id,first_name\nA9,Zed\nA10,\"Unfinis".utf8), rejected: 1),
        Case(name: "a 10 MB cell", bytes: Array(("account_id,notes\nA9,ok\nA10," + String(repeating: "x", count: 10_000_000) + "\nA11,ok\n").utf8), rejected: 1),
        Case(name: "bad cells", bytes: Array("account_id,balance,segment,phone1,email\nA9,12;50,gold,555-12,nobody\nA10,1.5,retail,,\n".utf8), rejected: 1),
        Case(name: "wrong number of cells", bytes: Array("account_id,first_name\nA9,Zed,extra\nA10\n".utf8), rejected: 2),
    ]

    @Test(arguments: Engine.allCases, cases)
    func isExplainedAndTheListKeepsItsContacts(engine: Engine, bad: Case) async throws {
        try await ImportHarness.with(engine) { harness in
            _ = try await harness.importText("account_id,first_name\nA1,Ann\nA2,Bob\n")
            let before = try await harness.contacts()
            let path = harness.files.newUploadPath()
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bad.bytes)))
            let process = try await harness.importFile(path, bad.settings)
            if let failure = bad.failure {
                #expect(process.state == .failed && process.details.contains(failure), "\(process.details)")
                #expect(try await harness.contacts() == before)
            } else {
                #expect(process.state == .finished && process.counts.rejected == bad.rejected, "\(process.counts) \(process.details)")
                let rejects = try await harness.rejects(of: process)
                #expect(rejects.count == bad.rejected + 1)
                let after = try await harness.contacts()
                #expect(Array(after.prefix(2)) == before)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aCancelledImportCommitsNothingFurtherAndSaysSo(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            let path = harness.files.newUploadPath()
            try "account_id\nA1\nA2\n".write(toFile: path, atomically: true, encoding: .utf8)
            let pending = try await harness.store.processes.create(NewProcess(
                tenantID: harness.tenant.id, listID: harness.list.id, actor: "t", scheduledAt: Date().addingTimeInterval(3600),
                fileName: nil, inputPath: path, settings: .import(ImportSettings())))
            let cancelled = try await harness.store.processes.cancel(id: pending.id, tenantID: harness.tenant.id)
            #expect(cancelled.state == .cancelled)
            await #expect(throws: DomainError.self) { try await harness.store.processes.cancel(id: pending.id, tenantID: harness.tenant.id) }

            _ = try await harness.store.processes.create(NewProcess(
                tenantID: harness.tenant.id, listID: harness.list.id, actor: "t", scheduledAt: Date(), fileName: nil, inputPath: path,
                settings: .import(ImportSettings())))
            let claimed = try #require(try await harness.store.processes.claimDue(at: Date(), perTenant: 1))
            let running = try await harness.store.processes.cancel(id: claimed.process.id, tenantID: harness.tenant.id)
            #expect(running.state == .running && running.cancelRequested)
            await ImportJob.run(claimed, store: harness.store, files: harness.files, logger: .init(label: "t"))
            let ended = try #require(try await harness.store.processes.find(id: claimed.process.id, tenantID: harness.tenant.id))
            #expect(ended.state == .cancelled && ended.counts.inserted == 0)
            #expect(try await harness.contacts().isEmpty)
        }
    }

    @Test(arguments: Engine.allCases)
    func aServerStoppedMidImportLeavesTheProcessFailed(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            _ = try await harness.store.processes.create(NewProcess(
                tenantID: harness.tenant.id, listID: harness.list.id, actor: "t", scheduledAt: Date(), fileName: nil, inputPath: "/nowhere",
                settings: .import(ImportSettings())))
            let claimed = try #require(try await harness.store.processes.claimDue(at: Date(), perTenant: 1))
            #expect(try await harness.store.processes.failAbandoned(at: Date(), silence: .seconds(60)).isEmpty, "it checked in a moment ago")
            #expect(try await harness.store.processes.failAbandoned(at: Date().addingTimeInterval(61), silence: .seconds(60)).count == 1)
            let failed = try #require(try await harness.store.processes.find(id: claimed.process.id, tenantID: harness.tenant.id))
            #expect(failed.state == .failed && failed.details.contains("server stopped"))
        }
    }
}
