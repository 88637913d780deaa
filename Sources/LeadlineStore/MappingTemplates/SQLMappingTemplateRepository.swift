import Foundation
import LeadlineCore
import SQLKit

struct SQLMappingTemplateRepository: MappingTemplateRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let documents = NamedDocuments(table: "mapping_templates", column: "mapping", noun: "mapping template")

    func save(_ input: MappingTemplate.Input, tenantID: Int64) async throws -> MappingTemplate {
        try input.check()
        let now = Millis.from(clock())
        let mapping = try JSONText.encode(input.mapping)
        return try await database.write { sql in
            try Self.template(try await Self.documents.save(
                name: input.name.trimmingCharacters(in: .whitespaces), document: mapping, tenantID: tenantID, at: now, on: sql))
        }
    }

    func list(tenantID: Int64) async throws -> [MappingTemplate] {
        try await database.read { sql in try await Self.documents.list(tenantID: tenantID, on: sql).map(Self.template) }
    }

    func find(name: String, tenantID: Int64) async throws -> MappingTemplate? {
        try await database.read { sql in try await Self.documents.find(name: name, tenantID: tenantID, on: sql).map(Self.template) }
    }

    func delete(name: String, tenantID: Int64) async throws {
        try await database.write { sql in try await Self.documents.delete(name: name, tenantID: tenantID, on: sql) }
    }

    private static func template(_ row: NamedDocuments.Row) throws -> MappingTemplate {
        MappingTemplate(
            id: row.id, name: row.name, mapping: try JSONText.decode([String: String].self, row.document),
            createdAt: row.createdAt, updatedAt: row.updatedAt)
    }
}
