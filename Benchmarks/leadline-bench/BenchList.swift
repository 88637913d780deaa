import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineStore
import LeadlineTestSupport

/// A list of generated contacts loaded for a benchmark, as the search and bulk benchmarks share it.
enum BenchList {
    /// Loads `contacts` generated contacts into a new list; the tenant, the list and a sample of
    /// the contacts for picking search terms.
    static func load(_ contacts: Int, engine: Engine, into store: Store) async throws -> (Tenant, ContactList, [ContactContent]) {
        let tenant = try await store.tenants.create(name: "bench")
        let list = try await store.lists.create(ListSettings(name: "Bench", dedupKey: .externalID), tenantID: tenant.id)
        var generator = LeadGenerator(seed: 2026)
        var samples: [ContactContent] = []
        let loadStart = ContinuousClock.now
        let batchSize = 10_000
        var loaded = 0
        while loaded < contacts {
            let batch = (loaded..<min(loaded + batchSize, contacts)).map { generator.contact(index: $0) }
            if samples.count < 10_000 { samples += batch.prefix(1000) }
            _ = try await store.contacts.createMany(listID: list.id, tenantID: tenant.id, actor: "bench", kind: .imported, batch)
            loaded += batch.count
            if loaded % 100_000 == 0 { report("loaded \(loaded)") }
        }
        let loadSeconds = (ContinuousClock.now - loadStart).seconds
        report("\(engine.rawValue): loaded \(contacts) contacts in \(format(loadSeconds)) s (\(Int(Double(contacts) / loadSeconds)) contacts/s)")
        let optimizeStart = ContinuousClock.now
        try await store.database.optimizeAfterBulkLoad()
        report("\(engine.rawValue): optimized after the load in \(format((ContinuousClock.now - optimizeStart).seconds)) s")
        return (tenant, list, samples)
    }

    /// Runs `body` on a fresh store of each engine `engines` names (a temporary SQLite file, or a
    /// throwaway PostgreSQL unless `postgres` names one), closed and removed afterwards.
    static func eachStore(_ engines: String, postgres: String? = nil, _ body: (Store, Engine) async throws -> Void) async throws {
        for engine in try Engine.named(engines) {
            let location: DatabaseLocation = try await {
                if engine == .postgres, let postgres { return .postgres(url: postgres) }
                return try await TestStore.location(engine, skip: { throw ValidationError($0) })
            }()
            let database = try await Database.open(location)
            defer { if case .sqlite(let path) = location { TestStore.removeSQLite(path) } }
            do {
                try await body(Store(database: database), engine)
                await database.close()
            } catch {
                await database.close()
                throw error
            }
        }
    }

    static func report(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
