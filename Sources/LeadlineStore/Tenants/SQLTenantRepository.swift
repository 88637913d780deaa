import Foundation
import LeadlineCore
import SQLKit

struct SQLTenantRepository: TenantRepository {
    let database: Database
    let clock: @Sendable () -> Date

    func create(name: String) async throws -> Tenant {
        let name = try Tenant.validateName(name)
        let now = clock()
        do {
            return try await database.write { sql in
                if try await sql.raw("SELECT id FROM tenants WHERE name = \(bind: name)").first() != nil {
                    throw DomainError.conflict(field: "name", reason: "a tenant named '\(name)' exists")
                }
                let row = try await sql.raw("""
                    INSERT INTO tenants (name, created_at) VALUES (\(bind: name), \(bind: Millis.from(now))) RETURNING id
                    """).first()!
                return Tenant(id: try row.decode(column: "id", as: Int64.self), name: name, createdAt: Millis.date(Millis.from(now)))
            }
        } catch where StoreError.isUniqueViolation(error) {
            throw DomainError.conflict(field: "name", reason: "a tenant named '\(name)' exists")
        }
    }

    func all() async throws -> [Tenant] {
        try await database.read { sql in
            try await sql.raw("SELECT id, name, created_at FROM tenants ORDER BY id").all().map(Self.tenant)
        }
    }

    func find(id: Int64) async throws -> Tenant? {
        try await database.read { sql in
            try await sql.raw("SELECT id, name, created_at FROM tenants WHERE id = \(bind: id)").first().map(Self.tenant)
        }
    }

    func find(name: String) async throws -> Tenant? {
        try await database.read { sql in
            try await sql.raw("SELECT id, name, created_at FROM tenants WHERE name = \(bind: name)").first().map(Self.tenant)
        }
    }

    static func tenant(_ row: any SQLRow) throws -> Tenant {
        Tenant(
            id: try row.decode(column: "id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)))
    }
}
