import Foundation
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
