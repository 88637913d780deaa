import Foundation
import SQLKit

/// Brings a database to the latest migration, each migration in its own transaction.
public struct Migrator: Sendable {
    let database: Database
    let migrations: [Migration]

    public init(database: Database) {
        self.init(database: database, migrations: Migration.all)
    }

    init(database: Database, migrations: [Migration]) {
        self.database = database
        self.migrations = migrations
    }

    /// Applies the migrations the database lacks; returns the versions applied.
    @discardableResult
    public func migrate() async throws -> [Int] {
        try await database.write { sql in
            try await sql.raw("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)
                """).run()
        }
        let known = Migration.all.map(\.version).max() ?? 0
        var applied: [Int] = []
        for migration in migrations {
            let engine = database.engine
            let rebuilds = engine == .sqlite ? migration.sqliteNeverReuseIDs : []
            let apply: @Sendable (@Sendable (any SQLDatabase) async throws -> Bool) async throws -> Bool =
                rebuilds.isEmpty ? database.write : database.writeRebuildingTables
            let didApply = try await apply { sql -> Bool in
                // The PostgreSQL lock keeps two servers starting together from running one migration twice.
                if engine == .postgres { try await sql.raw("SELECT pg_advisory_xact_lock(7245001)").run() }
                let newest = try await Self.newestVersion(sql)
                if newest > known { throw StoreError.schemaTooNew(found: newest, known: known) }
                let done = try await sql.raw("SELECT version FROM schema_migrations WHERE version = \(bind: migration.version)").first()
                guard done == nil else { return false }
                for table in rebuilds {
                    do {
                        try await table.rebuild(on: sql)
                    } catch let error as StoreError {
                        throw error
                    } catch {
                        throw StoreError.migrationFailed(version: migration.version, reason: String(reflecting: error))
                    }
                }
                for statement in migration.statements(for: engine) {
                    do {
                        try await sql.raw(SQLQueryString(statement)).run()
                    } catch {
                        throw StoreError.migrationFailed(version: migration.version, reason: String(reflecting: error))
                    }
                }
                if let rewrite = migration.rewrite {
                    do {
                        try await rewrite(sql)
                    } catch {
                        throw StoreError.migrationFailed(version: migration.version, reason: String(reflecting: error))
                    }
                }
                try await sql.raw("""
                    INSERT INTO schema_migrations (version, name, applied_at)
                    VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Int64(Date().timeIntervalSince1970 * 1000)))
                    """).run()
                return true
            }
            if didApply { applied.append(migration.version) }
        }
        return applied
    }

    private static func newestVersion(_ sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.raw("SELECT MAX(version) AS version FROM schema_migrations").first()
        return try row.flatMap { try $0.decodeNil(column: "version") ? nil : $0.decode(column: "version", as: Int.self) } ?? 0
    }

    /// The newest migration the database has.
    public func currentVersion() async throws -> Int {
        try await database.read { try await Self.newestVersion($0) }
    }
}
