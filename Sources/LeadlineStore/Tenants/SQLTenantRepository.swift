import Foundation
import LeadlineCore
import SQLKit

struct SQLTenantRepository: TenantRepository {
    let database: Database
    let clock: @Sendable () -> Date

    func create(name: String, defaultRegion: String?) async throws -> Tenant {
        let name = try Tenant.validateName(name)
        let region = try defaultRegion.flatMap { region throws(ValidationFailure) in try Tenant.validateRegion(region) }
        let now = clock()
        do {
            return try await database.write { sql in
                if try await sql.raw("SELECT id FROM tenants WHERE name = \(bind: name)").first() != nil {
                    throw DomainError.conflict(field: "name", reason: "a tenant named '\(name)' exists")
                }
                let row = try await sql.raw("""
                    INSERT INTO tenants (name, default_region, created_at) VALUES (\(bind: name), \(bind: region), \(bind: Millis.from(now)))
                    RETURNING id
                    """).first()!
                return Tenant(
                    id: try row.decode(column: "id", as: Int64.self), name: name, defaultRegion: region, createdAt: Millis.date(Millis.from(now)))
            }
        } catch where StoreError.isUniqueViolation(error) {
            throw DomainError.conflict(field: "name", reason: "a tenant named '\(name)' exists")
        }
    }

    func update(id: Int64, name: String?, defaultRegion: String?) async throws -> Tenant {
        let (newName, region) = try Tenant.checkedChange(name: name, defaultRegion: defaultRegion)
        do {
            return try await database.write { sql in
                guard var tenant = try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM tenants WHERE id = \(bind: id)").first().map(Self.tenant)
                else { throw DomainError.notFound("tenant \(id) does not exist") }
                if let newName, newName != tenant.name {
                    if try await sql.raw("SELECT id FROM tenants WHERE name = \(bind: newName)").first() != nil {
                        throw DomainError.conflict(field: "name", reason: "a tenant named '\(newName)' exists")
                    }
                    tenant.name = newName
                }
                if let region { tenant.defaultRegion = region }
                try await sql.raw("""
                    UPDATE tenants SET name = \(bind: tenant.name), default_region = \(bind: tenant.defaultRegion) WHERE id = \(bind: id)
                    """).run()
                return tenant
            }
        } catch where StoreError.isUniqueViolation(error) {
            throw DomainError.conflict(field: "name", reason: "a tenant named '\(newName ?? "")' exists")
        }
    }

    private static let columns = "id, name, default_region, created_at"

    func all() async throws -> [Tenant] {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM tenants ORDER BY id").all().map(Self.tenant)
        }
    }

    func find(id: Int64) async throws -> Tenant? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM tenants WHERE id = \(bind: id)").first().map(Self.tenant)
        }
    }

    func find(name: String) async throws -> Tenant? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM tenants WHERE name = \(bind: name)").first().map(Self.tenant)
        }
    }

    static func tenant(_ row: any SQLRow) throws -> Tenant {
        Tenant(
            id: try row.decode(column: "id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            defaultRegion: try row.decode(column: "default_region", as: String?.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)))
    }
}
