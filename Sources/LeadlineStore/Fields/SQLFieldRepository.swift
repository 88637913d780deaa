import Foundation
import LeadlineCore
import SQLKit

struct SQLFieldRepository: FieldRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let columns = "id, tenant_id, definition, version, created_at, updated_at"

    func list(tenantID: Int64) async throws -> [CatalogField] {
        try await database.read { sql in
            try await Self.catalog(sql, tenantID: tenantID)
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> CatalogField? {
        try await database.read { sql in
            try await Self.find(sql, id: id, tenantID: tenantID)
        }
    }

    func create(_ definition: FieldDefinition, tenantID: Int64) async throws -> CatalogField {
        let definition = try definition.validated()
        let now = Millis.from(clock())
        do {
            return try await database.write { sql in
                if try await sql.raw("SELECT id FROM fields WHERE tenant_id = \(bind: tenantID) AND name = \(bind: definition.name)").first() != nil {
                    throw Self.nameTaken(definition.name)
                }
                let row = try await sql.raw("""
                    INSERT INTO fields (tenant_id, name, definition, version, created_at, updated_at)
                    VALUES (\(bind: tenantID), \(bind: definition.name), \(bind: try JSONText.encode(definition)), 1, \(bind: now), \(bind: now))
                    RETURNING \(unsafeRaw: Self.columns)
                    """).first()!
                return try Self.field(row)
            }
        } catch where StoreError.isUniqueViolation(error) {
            throw Self.nameTaken(definition.name)
        }
    }

    func update(
        id: Int64, tenantID: Int64, expectedVersion: Int?, _ change: @Sendable (FieldDefinition) throws -> FieldDefinition
    ) async throws -> CatalogField {
        let now = Millis.from(clock())
        return try await database.write { sql in
            guard let current = try await Self.find(sql, id: id, tenantID: tenantID) else { throw Self.missing(id) }
            // Bad input is a 400 whatever the version; a good change on a stale version a 412.
            let definition = try change(current.definition)
            try Versioning.check(expectedVersion, current: current.version)
            let row = try await sql.raw("""
                UPDATE fields SET definition = \(bind: try JSONText.encode(definition)), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: current.version) RETURNING \(unsafeRaw: Self.columns)
                """).first()
            try await Versioning.requireWritten(row, table: "fields", id: id, on: sql)
            return try Self.field(row!)
        }
    }

    func delete(id: Int64, tenantID: Int64, expectedVersion: Int?) async throws {
        try await database.write { sql in
            guard let current = try await Self.find(sql, id: id, tenantID: tenantID) else { throw Self.missing(id) }
            try Versioning.check(expectedVersion, current: current.version)
            try await sql.raw("DELETE FROM fields WHERE id = \(bind: id)").run()
        }
    }

    static func catalog(_ sql: any SQLDatabase, tenantID: Int64) async throws -> [CatalogField] {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM fields WHERE tenant_id = \(bind: tenantID) ORDER BY id").all().map(field)
    }

    private static func find(_ sql: any SQLDatabase, id: Int64, tenantID: Int64) async throws -> CatalogField? {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM fields WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)")
            .first().map(field)
    }

    private static func field(_ row: any SQLRow) throws -> CatalogField {
        CatalogField(
            id: try row.decode(column: "id", as: Int64.self),
            tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            definition: try JSONText.decode(FieldDefinition.self, try row.decode(column: "definition", as: String.self)),
            version: try row.decode(column: "version", as: Int.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)))
    }

    private static func nameTaken(_ name: String) -> DomainError {
        .conflict(field: "name", reason: "the catalog already has a field named '\(name)'")
    }

    private static func missing(_ id: Int64) -> DomainError { .notFound("field \(id) does not exist") }
}
