import Foundation
import LeadlineCore
import SQLKit

struct SQLMappingTemplateRepository: MappingTemplateRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let columns = "id, name, mapping, created_at, updated_at"

    func save(_ input: MappingTemplate.Input, tenantID: Int64) async throws -> MappingTemplate {
        try input.check()
        let now = Millis.from(clock())
        let name = input.name.trimmingCharacters(in: .whitespaces)
        return try await database.write { sql in
            let mapping = try JSONText.encode(input.mapping)
            if try await sql.raw("SELECT id FROM mapping_templates WHERE tenant_id = \(bind: tenantID) AND name = \(bind: name)").first() != nil {
                try await sql.raw("""
                    UPDATE mapping_templates SET mapping = \(bind: mapping), updated_at = \(bind: now)
                    WHERE tenant_id = \(bind: tenantID) AND name = \(bind: name)
                    """).run()
            } else {
                try await sql.raw("""
                    INSERT INTO mapping_templates (tenant_id, name, mapping, created_at, updated_at)
                    VALUES (\(bind: tenantID), \(bind: name), \(bind: mapping), \(bind: now), \(bind: now))
                    """).run()
            }
            return try await Self.find(sql, name: name, tenantID: tenantID)!
        }
    }

    func list(tenantID: Int64) async throws -> [MappingTemplate] {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM mapping_templates WHERE tenant_id = \(bind: tenantID) ORDER BY name")
                .all().map(Self.template)
        }
    }

    func find(name: String, tenantID: Int64) async throws -> MappingTemplate? {
        try await database.read { sql in try await Self.find(sql, name: name, tenantID: tenantID) }
    }

    func delete(name: String, tenantID: Int64) async throws {
        try await database.write { sql in
            guard try await Self.find(sql, name: name, tenantID: tenantID) != nil else {
                throw DomainError.notFound("mapping template '\(name.prefix(100))' does not exist")
            }
            try await sql.raw("DELETE FROM mapping_templates WHERE tenant_id = \(bind: tenantID) AND name = \(bind: name)").run()
        }
    }

    private static func find(_ sql: any SQLDatabase, name: String, tenantID: Int64) async throws -> MappingTemplate? {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM mapping_templates WHERE tenant_id = \(bind: tenantID) AND name = \(bind: name)")
            .first().map(template)
    }

    private static func template(_ row: any SQLRow) throws -> MappingTemplate {
        MappingTemplate(
            id: try row.decode(column: "id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            mapping: try JSONText.decode([String: String].self, try row.decode(column: "mapping", as: String.self)),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)))
    }
}
