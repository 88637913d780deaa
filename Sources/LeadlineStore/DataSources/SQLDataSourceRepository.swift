import Foundation
import LeadlineCore
import SQLKit

struct SQLDataSourceRepository: DataSourceRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let columns = "id, tenant_id, list_id, name, location, settings, schedule, enabled, next_run_at, last_run_at, created_at"

    func create(_ input: DataSourceInput, tenantID: Int64, nextRunAt: Date?) async throws -> DataSource {
        let now = Millis.from(clock())
        do {
            return try await database.write { sql in
                try await SQLListRepository.require(
                    sql, id: input.listId, tenantID: tenantID, writing: input.processSettings.kind.writesContacts)
                let row = try await sql.raw("""
                    INSERT INTO data_sources (tenant_id, list_id, name, location, settings, schedule, enabled, next_run_at, created_at)
                    VALUES (\(bind: tenantID), \(bind: input.listId), \(bind: input.name.trimmingCharacters(in: .whitespaces)),
                        \(bind: try JSONText.encode(input.location)), \(bind: try JSONText.encode(input.processSettings)),
                        \(bind: try JSONText.encode(input.schedule)), \(bind: input.enabled ?? true), \(bind: nextRunAt.map(Millis.from)), \(bind: now))
                    RETURNING \(unsafeRaw: Self.columns)
                    """).first()!
                return try Self.source(row)
            }
        } catch where StoreError.isUniqueViolation(error) {
            throw DomainError.conflict(field: "name", reason: "a data source named '\(input.name.prefix(100))' exists already")
        }
    }

    func list(tenantID: Int64) async throws -> [DataSource] {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM data_sources WHERE tenant_id = \(bind: tenantID) ORDER BY id").all().map(Self.source)
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> DataSource? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM data_sources WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)")
                .first().map(Self.source)
        }
    }

    func delete(id: Int64, tenantID: Int64) async throws {
        try await database.write { sql in
            let deleted = try await sql.raw("DELETE FROM data_sources WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID) RETURNING id").first()
            if deleted == nil { throw DomainError.notFound("data source \(id) does not exist") }
        }
    }

    func due(at now: Date) async throws -> [DataSource] {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM data_sources
                WHERE enabled = \(bind: true) AND next_run_at IS NOT NULL AND next_run_at <= \(bind: Millis.from(now)) ORDER BY next_run_at
                """).all().map(Self.source)
        }
    }

    func recordRun(id: Int64, at: Date, next: Date?) async throws {
        try await database.write { sql in
            try await sql.raw("""
                UPDATE data_sources SET last_run_at = \(bind: Millis.from(at)), next_run_at = \(bind: next.map(Millis.from)) WHERE id = \(bind: id)
                """).run()
        }
    }

    private static func source(_ row: any SQLRow) throws -> DataSource {
        DataSource(
            id: try row.decode(column: "id", as: Int64.self),
            tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            listID: try row.decode(column: "list_id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            location: try JSONText.decode(DataSourceLocation.self, try row.decode(column: "location", as: String.self)),
            settings: try JSONText.decode(ProcessSettings.self, try row.decode(column: "settings", as: String.self)),
            schedule: try JSONText.decode(ScheduleInput.self, try row.decode(column: "schedule", as: String.self)),
            enabled: try row.decode(column: "enabled", as: Bool.self),
            nextRunAt: try row.decode(column: "next_run_at", as: Int64?.self).map(Millis.date),
            lastRunAt: try row.decode(column: "last_run_at", as: Int64?.self).map(Millis.date),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)))
    }
}
