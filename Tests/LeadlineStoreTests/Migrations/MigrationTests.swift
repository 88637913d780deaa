import Foundation
import LeadlineCore
@testable import LeadlineStore
import LeadlineTestSupport
import Testing

@Suite struct MigrationTests {
    @Test(arguments: Engine.allCases)
    func migrationsRunOnceAndReportTheirVersion(engine: Engine) async throws {
        let location = try await TestStore.location(engine, skip: { try Test.cancel(Comment(rawValue: $0)) })
        let first = try await Database.open(location)
        let version = try await Migrator(database: first).currentVersion()
        #expect(version == Migration.all.last?.version)
        #expect(try await Migrator(database: first).migrate().isEmpty, "a migrated store has nothing left to apply")
        await first.close()
        let reopened = try await Database.open(location)
        #expect(try await Migrator(database: reopened).currentVersion() == version)
        await reopened.close()
        if case .sqlite(let path) = location { TestStore.removeSQLite(path) }
    }

    @Test func aBadPostgresURLIsExplained() async throws {
        await #expect(throws: StoreError.self) { try await Database.open(.postgres(url: "mysql://nowhere")) }
    }
}

@Suite struct IDReuseTests {
    @Test(arguments: Engine.allCases)
    func aDeletedContactsIdIsNeverHandedOutAgainEvenFromAStoreMadeBeforeTheRule(engine: Engine) async throws {
        let location = try await TestStore.location(engine, skip: { try Test.cancel(Comment(rawValue: $0)) })
        defer { if case .sqlite(let path) = location { TestStore.removeSQLite(path) } }
        // A store as migration 8 left it, where SQLite still handed out the largest id plus one (with the columns
        // of migration 10 and the job tables of migration 12, which the repositories of today read).
        let old = try await Database.open(
            location, logger: .init(label: "test"), migrations: Array(Migration.all.prefix(8)) + [.m010HowPeopleWrite, .m012Campaigns])
        let before = Store(database: old)
        let tenant = try await before.tenants.create(name: "acme")
        let list = try await before.lists.create(ListSettings(name: "Spring"), tenantID: tenant.id)
        var ids: [Int64] = []
        for name in ["Ann", "Bob", "Cho"] {
            ids.append(try await before.contacts.create(listID: list.id, tenantID: tenant.id, actor: "t") {
                try ContactRules.create(ContactInput(externalId: name, lastName: name), list: $0)
            }.id)
        }
        try await before.contacts.delete(id: ids[2], tenantID: tenant.id, expectedVersion: nil, actor: "t")
        await old.close()

        let migrated = try await Database.open(location)
        let store = Store(database: migrated)
        let next = try await store.contacts.create(listID: list.id, tenantID: tenant.id, actor: "t") {
            try ContactRules.create(ContactInput(externalId: "Dan", lastName: "Smith"), list: $0)
        }
        #expect(next.id > ids[2], "contact \(ids[2]) was deleted; the next contact got \(next.id)")
        try await store.contacts.delete(id: next.id, tenantID: tenant.id, expectedVersion: nil, actor: "t")
        let after = try await store.contacts.create(listID: list.id, tenantID: tenant.id, actor: "t") {
            try ContactRules.create(ContactInput(externalId: "Eve", lastName: "Smith"), list: $0)
        }
        #expect(after.id > next.id)
        // The rebuilt tables kept their rows, indexes and the search index's triggers.
        #expect(try await store.contacts.list(listID: list.id, tenantID: tenant.id, status: nil, page: PageRequest()).items.map(\.id)
            == [ids[0], ids[1], after.id])
        let found = try await store.contacts.search(ContactSearch(name: "smi"), tenantID: tenant.id)
        #expect(found.items.map(\.id) == [after.id])
        await migrated.close()
    }
}
