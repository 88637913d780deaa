import Foundation
import LeadlineCore
import SQLKit

struct SQLFilterTemplateRepository: FilterTemplateRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let documents = NamedDocuments(table: "filter_templates", column: "filter", noun: "filter template")

    func save(_ input: FilterTemplate.Input, tenantID: Int64) async throws -> FilterTemplate {
        let filter = try input.checked(now: clock())
        let now = Millis.from(clock())
        let document = try JSONText.encode(FilterJSON.write(filter))
        return try await database.write { sql in
            try Self.template(try await Self.documents.save(
                name: input.name.trimmingCharacters(in: .whitespaces), document: document, tenantID: tenantID, at: now, on: sql))
        }
    }

    func list(tenantID: Int64) async throws -> [FilterTemplate] {
        try await database.read { sql in try await Self.documents.list(tenantID: tenantID, on: sql).map(Self.template) }
    }

    func find(name: String, tenantID: Int64) async throws -> FilterTemplate? {
        try await database.read { sql in try await Self.documents.find(name: name, tenantID: tenantID, on: sql).map(Self.template) }
    }

    func delete(name: String, tenantID: Int64) async throws {
        try await database.write { sql in try await Self.documents.delete(name: name, tenantID: tenantID, on: sql) }
    }

    private static func template(_ row: NamedDocuments.Row) throws -> FilterTemplate {
        FilterTemplate(
            id: row.id, name: row.name, filter: try FilterJSON.read(try JSONText.decode(JSONValue.self, row.document)),
            createdAt: row.createdAt, updatedAt: row.updatedAt)
    }
}
