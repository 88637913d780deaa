import Foundation
import LeadlineCore
import SQLKit

struct SQLTokenRepository: TokenRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let columns = "id, tenant_id, name, role, is_system, created_at, revoked_at"

    func create(tenantID: Int64, name: String, role: Role, isSystemAdministrator: Bool, secret: String?) async throws -> (TokenRecord, secret: String) {
        let name = try Tenant.validateName(name)
        if let secret { try TokenSecret.validateChosen(secret) }
        let secret = secret ?? TokenSecret.generate()
        let now = Millis.from(clock())
        let record = try await database.write { sql in
            guard try await sql.raw("SELECT id FROM tenants WHERE id = \(bind: tenantID)").first() != nil else {
                throw DomainError.notFound("tenant \(tenantID) does not exist")
            }
            let row = try await sql.raw("""
                INSERT INTO tokens (tenant_id, name, role, is_system, secret_hash, created_at)
                VALUES (\(bind: tenantID), \(bind: name), \(bind: role.rawValue), \(bind: isSystemAdministrator),
                        \(bind: TokenSecret.hash(secret)), \(bind: now))
                RETURNING \(unsafeRaw: Self.columns)
                """).first()!
            return try Self.record(row)
        }
        return (record, secret)
    }

    func authenticate(secret: String) async throws -> TokenRecord? {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM tokens
                WHERE secret_hash = \(bind: TokenSecret.hash(secret)) AND revoked_at IS NULL
                """).first().map(Self.record)
        }
    }

    func hasLiveSystemAdministrator() async throws -> Bool {
        try await database.read { sql in
            try await sql.raw("SELECT id FROM tokens WHERE is_system = \(bind: true) AND revoked_at IS NULL LIMIT 1").first() != nil
        }
    }

    func list(tenantID: Int64) async throws -> [TokenRecord] {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM tokens WHERE tenant_id = \(bind: tenantID) ORDER BY id")
                .all().map(Self.record)
        }
    }

    func revoke(id: Int64, tenantID: Int64?) async throws -> TokenRecord {
        let now = Millis.from(clock())
        return try await database.write { sql in
            let scope: SQLQueryString = tenantID.map { "AND tenant_id = \(bind: $0)" } ?? ""
            guard let row = try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM tokens WHERE id = \(bind: id) " + scope).first() else {
                throw DomainError.notFound("token \(id) does not exist")
            }
            var record = try Self.record(row)
            if record.revokedAt == nil, record.isSystemAdministrator {
                let others = try await sql.raw("""
                    SELECT id FROM tokens WHERE is_system = \(bind: true) AND revoked_at IS NULL AND id <> \(bind: id) LIMIT 1
                    """).first()
                if others == nil {
                    throw DomainError.conflict(
                        field: nil, reason: "token \(id) is the last live system administrator token; make another before revoking it, or nobody could manage the server")
                }
            }
            if record.revokedAt == nil {
                try await sql.raw("UPDATE tokens SET revoked_at = \(bind: now) WHERE id = \(bind: id)").run()
                record.revokedAt = Millis.date(now)
            }
            return record
        }
    }

    static func record(_ row: any SQLRow) throws -> TokenRecord {
        let roleName = try row.decode(column: "role", as: String.self)
        return TokenRecord(
            id: try row.decode(column: "id", as: Int64.self),
            tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            role: Role(rawValue: roleName) ?? .agent,
            isSystemAdministrator: try row.decode(column: "is_system", as: Bool.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            revokedAt: try row.decode(column: "revoked_at", as: Int64?.self).map(Millis.date))
    }
}
