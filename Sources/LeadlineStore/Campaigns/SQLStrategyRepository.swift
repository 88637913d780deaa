import Foundation
import LeadlineCore
import SQLKit

struct SQLStrategyRepository: StrategyRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let columns = "id, tenant_id, name, channel, settings, version, created_at, updated_at"

    func create(name: String, channel: Channel, settings: StrategySettings, tenantID: Int64) async throws -> Strategy {
        let now = Millis.from(clock())
        let document = try JSONText.encode(settings)
        return try await Self.uniqueName(name) {
            try await database.write { sql in
                let row = try await sql.raw("""
                    INSERT INTO strategies (tenant_id, name, channel, settings, version, created_at, updated_at)
                    VALUES (\(bind: tenantID), \(bind: name), \(bind: channel.rawValue), \(bind: document), 1, \(bind: now), \(bind: now))
                    RETURNING \(unsafeRaw: Self.columns)
                    """).first()!
                return try Self.strategy(row)
            }
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> Strategy? {
        try await database.read { sql in try await Self.find(id: id, tenantID: tenantID, on: sql) }
    }

    static func find(id: Int64, tenantID: Int64, on sql: any SQLDatabase) async throws -> Strategy? {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM strategies WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)").first().map(strategy)
    }

    func list(tenantID: Int64, page: PageRequest) async throws -> Page<Strategy> {
        try await database.read { sql in
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM strategies WHERE tenant_id = \(bind: tenantID) AND id > \(bind: page.after?.lastID ?? 0)
                ORDER BY id LIMIT \(bind: page.limit + 1)
                """).all()
            let items = try rows.prefix(page.limit).map(Self.strategy)
            return Page(items: items, nextCursor: rows.count > page.limit ? items.last.map { Cursor(lastID: $0.id) } : nil)
        }
    }

    func update(id: Int64, tenantID: Int64, expectedVersion: Int?, name: String, settings: StrategySettings) async throws -> Strategy {
        let now = Millis.from(clock())
        let document = try JSONText.encode(settings)
        return try await Self.uniqueName(name) {
            try await database.write { sql in
                guard let current = try await Self.find(id: id, tenantID: tenantID, on: sql) else {
                    throw DomainError.notFound("strategy \(id) does not exist")
                }
                try Versioning.check(expectedVersion, current: current.version)
                let row = try await sql.raw("""
                    UPDATE strategies SET name = \(bind: name), settings = \(bind: document), version = version + 1, updated_at = \(bind: now)
                    WHERE id = \(bind: id) AND version = \(bind: current.version) RETURNING \(unsafeRaw: Self.columns)
                    """).first()
                try await Versioning.requireWritten(row, table: "strategies", id: id, on: sql)
                return try Self.strategy(row!)
            }
        }
    }

    func delete(id: Int64, tenantID: Int64) async throws {
        try await database.write { sql in
            guard try await Self.find(id: id, tenantID: tenantID, on: sql) != nil else { throw DomainError.notFound("strategy \(id) does not exist") }
            if let user = try await sql.raw("SELECT name FROM campaigns WHERE strategy_id = \(bind: id) LIMIT 1").first() {
                throw DomainError.conflict(field: nil, reason: "campaign '\(try user.decode(column: "name", as: String.self))' uses strategy \(id)")
            }
            try await sql.raw("DELETE FROM strategies WHERE id = \(bind: id)").run()
        }
    }

    private static func uniqueName<T: Sendable>(_ name: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch where StoreError.isUniqueViolation(error) {
            throw DomainError.conflict(field: "name", reason: "a strategy named '\(name.prefix(100))' exists already")
        }
    }

    static func strategy(_ row: any SQLRow) throws -> Strategy {
        Strategy(
            id: try row.decode(column: "id", as: Int64.self), tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            channel: Channel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .voice,
            settings: try JSONText.decode(StrategySettings.self, try row.decode(column: "settings", as: String.self)),
            version: try row.decode(column: "version", as: Int.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)))
    }
}
