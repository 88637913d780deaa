import Crypto
import Foundation
import LeadlineCore
import SQLKit

struct SQLGatewayRepository: GatewayRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let columns = "id, tenant_id, name, kind, settings, secrets, webhook_secret, version, created_at, updated_at"

    func create(_ input: GatewayInput, tenantID: Int64) async throws -> Gateway {
        let now = Millis.from(clock())
        let secrets = try JSONText.encode(GatewaySecrets(password: input.password, apiKey: input.apiKey))
        let webhookSecret = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
        return try await Self.uniqueName(input.name) {
            try await database.write { sql in
                let row = try await sql.raw("""
                    INSERT INTO gateways (tenant_id, name, kind, settings, secrets, webhook_secret, version, created_at, updated_at)
                    VALUES (\(bind: tenantID), \(bind: input.name), \(bind: input.kind.rawValue), \(bind: try JSONText.encode(input.settings)),
                        \(bind: secrets), \(bind: webhookSecret), 1, \(bind: now), \(bind: now))
                    RETURNING \(unsafeRaw: Self.columns)
                    """).first()!
                return try Self.gateway(row)
            }
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> Gateway? {
        try await database.read { sql in try await Self.find(id: id, tenantID: tenantID, on: sql) }
    }

    static func find(id: Int64, tenantID: Int64, on sql: any SQLDatabase) async throws -> Gateway? {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM gateways WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)").first().map(gateway)
    }

    func find(id: Int64) async throws -> Gateway? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM gateways WHERE id = \(bind: id)").first().map(Self.gateway)
        }
    }

    func list(tenantID: Int64, page: PageRequest) async throws -> Page<Gateway> {
        try await database.read { sql in
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM gateways WHERE tenant_id = \(bind: tenantID) AND id > \(bind: page.after?.lastID ?? 0)
                ORDER BY id LIMIT \(bind: page.limit + 1)
                """).all()
            let items = try rows.prefix(page.limit).map(Self.gateway)
            return Page(items: items, nextCursor: rows.count > page.limit ? items.last.map { Cursor(lastID: $0.id) } : nil)
        }
    }

    func update(id: Int64, tenantID: Int64, expectedVersion: Int?, _ input: GatewayInput) async throws -> Gateway {
        let now = Millis.from(clock())
        return try await Self.uniqueName(input.name) {
            try await database.write { sql in
                guard let current = try await Self.find(id: id, tenantID: tenantID, on: sql) else { throw DomainError.notFound("gateway \(id) does not exist") }
                try Versioning.check(expectedVersion, current: current.version)
                if input.kind != current.kind {
                    throw ValidationFailure(field: "kind", reason: "a gateway keeps its kind (\(current.kind.rawValue)); make a new one")
                }
                let secrets = GatewaySecrets(password: input.password ?? current.secrets.password, apiKey: input.apiKey ?? current.secrets.apiKey)
                let row = try await sql.raw("""
                    UPDATE gateways SET name = \(bind: input.name), settings = \(bind: try JSONText.encode(input.settings)),
                        secrets = \(bind: try JSONText.encode(secrets)), version = version + 1, updated_at = \(bind: now)
                    WHERE id = \(bind: id) AND version = \(bind: current.version) RETURNING \(unsafeRaw: Self.columns)
                    """).first()
                try await Versioning.requireWritten(row, table: "gateways", id: id, on: sql)
                return try Self.gateway(row!)
            }
        }
    }

    func delete(id: Int64, tenantID: Int64) async throws {
        try await database.write { sql in
            guard try await Self.find(id: id, tenantID: tenantID, on: sql) != nil else { throw DomainError.notFound("gateway \(id) does not exist") }
            if let user = try await sql.raw("SELECT name FROM campaigns WHERE gateway_id = \(bind: id) LIMIT 1").first() {
                throw DomainError.conflict(field: nil, reason: "campaign '\(try user.decode(column: "name", as: String.self))' sends with gateway \(id)")
            }
            try await sql.raw("DELETE FROM gateways WHERE id = \(bind: id)").run()
        }
    }

    func receive(signature: String, gatewayID: Int64, at date: Date) async throws -> Bool {
        let millis = Millis.from(date)
        return try await database.write { sql in
            // Receipts older than any signature still accepted are of no use.
            try await sql.raw("""
                DELETE FROM webhook_receipts WHERE gateway_id = \(bind: gatewayID) AND received_at < \(bind: millis - 2 * WebhookSignature.tolerance * 1000)
                """).run()
            let row = try await sql.raw("""
                INSERT INTO webhook_receipts (gateway_id, signature, received_at) VALUES (\(bind: gatewayID), \(bind: signature), \(bind: millis))
                ON CONFLICT DO NOTHING RETURNING gateway_id
                """).first()
            return row != nil
        }
    }

    private static func uniqueName<T: Sendable>(_ name: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch where StoreError.isUniqueViolation(error) {
            throw DomainError.conflict(field: "name", reason: "a gateway named '\(name.prefix(100))' exists already")
        }
    }

    static func gateway(_ row: any SQLRow) throws -> Gateway {
        Gateway(
            id: try row.decode(column: "id", as: Int64.self), tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            kind: GatewayKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .http,
            settings: try JSONText.decode(GatewaySettings.self, try row.decode(column: "settings", as: String.self)),
            secrets: try JSONText.decode(GatewaySecrets.self, try row.decode(column: "secrets", as: String.self)),
            webhookSecret: try row.decode(column: "webhook_secret", as: String.self),
            version: try row.decode(column: "version", as: Int.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)))
    }
}
