import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Logging
import Testing

/// A tenant with a US list shaped for generated lead files, a process directory, and helpers
/// to run imports and exports as the server does: a process, then the runner.
struct ImportHarness {
    let store: Store
    let files: ProcessFiles
    var tenant: Tenant
    var list: ContactList
    let runner: ProcessRunner

    static func with(
        _ engine: Engine, dedupKey: DedupKey = .externalID, uniqueVAT: Bool = false, _ body: (inout ImportHarness) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-engine-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await TestStore.with(engine, skip: { try Test.cancel(Comment(rawValue: $0)) }) { store in
            let tenant = try await store.tenants.create(name: "acme")
            for field in LeadFile.customFields {
                let definition = FieldDefinition(
                    name: field.name, type: FieldType(rawValue: field.type)!, validValues: field.validValues,
                    unique: uniqueVAT && field.name == "vat_number")
                _ = try await store.fields.create(definition, tenantID: tenant.id)
            }
            let list = try await store.lists.create(ListSettings(name: "Leads", defaultRegion: "US", dedupKey: dedupKey), tenantID: tenant.id)
            let files = try ProcessFiles(directory: directory)
            var harness = ImportHarness(
                store: store, files: files, tenant: tenant, list: list,
                runner: ProcessRunner(store: store, files: files, logger: Logger(label: "test")))
            try await body(&harness)
        }
    }

    /// Writes `text` to a file and imports it; the finished process.
    func importText(_ text: String, _ settings: ImportSettings = ImportSettings()) async throws -> ListProcess {
        let path = files.newUploadPath()
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try await importFile(path, settings)
    }

    func importFile(_ path: String, _ settings: ImportSettings = ImportSettings()) async throws -> ListProcess {
        let process = try await store.processes.create(NewProcess(
            tenantID: tenant.id, listID: list.id, actor: "tester", scheduledAt: Date(), fileName: "leads.csv", inputPath: path,
            settings: .import(settings)))
        await runner.runDue()
        return try #require(try await store.processes.find(id: process.id, tenantID: tenant.id))
    }

    /// Every contact of the list, in id order.
    func contacts() async throws -> [Contact] {
        var all: [Contact] = []
        while true {
            let batch = try await store.contacts.batch(listID: list.id, tenantID: tenant.id, statuses: nil, filter: nil, after: all.last?.id ?? 0, limit: 1000)
            if batch.isEmpty { return all }
            all += batch
        }
    }

    /// The rejected-rows file of a process, as rows of cells.
    func rejects(of process: ListProcess) async throws -> [[String]] {
        guard let path = try await store.processes.resultPath(id: process.id, tenantID: tenant.id) else { return [] }
        return try RejectsLoopTests.rows(of: path)
    }
}
