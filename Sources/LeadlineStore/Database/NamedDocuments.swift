import Foundation
import LeadlineCore
import SQLKit

/// A tenant's documents saved under a name and replaced by saving the same name again: the
/// storage that mapping templates and filter templates share.
struct NamedDocuments: Sendable {
    /// A table of the migrations' own naming, never input: `mapping_templates`, `filter_templates`.
    let table: String
    /// Its column holding the document.
    let column: String
    /// What a person calls one, for errors.
    let noun: String

    struct Row {
        var id: Int64
        var name: String
        var document: String
        var createdAt: Date
        var updatedAt: Date
    }

    func save(name: String, document: String, tenantID: Int64, at now: Int64, on sql: any SQLDatabase) async throws -> Row {
        if try await find(name: name, tenantID: tenantID, on: sql) != nil {
            try await sql.raw("""
                UPDATE \(unsafeRaw: table) SET \(unsafeRaw: column) = \(bind: document), updated_at = \(bind: now)
                WHERE tenant_id = \(bind: tenantID) AND name = \(bind: name)
                """).run()
        } else {
            try await sql.raw("""
                INSERT INTO \(unsafeRaw: table) (tenant_id, name, \(unsafeRaw: column), created_at, updated_at)
                VALUES (\(bind: tenantID), \(bind: name), \(bind: document), \(bind: now), \(bind: now))
                """).run()
        }
        return try await find(name: name, tenantID: tenantID, on: sql)!
    }

    func list(tenantID: Int64, on sql: any SQLDatabase) async throws -> [Row] {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM \(unsafeRaw: table) WHERE tenant_id = \(bind: tenantID) ORDER BY name").all().map(row)
    }

    func find(name: String, tenantID: Int64, on sql: any SQLDatabase) async throws -> Row? {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM \(unsafeRaw: table) WHERE tenant_id = \(bind: tenantID) AND name = \(bind: name)")
            .first().map(row)
    }

    func delete(name: String, tenantID: Int64, on sql: any SQLDatabase) async throws {
        guard try await find(name: name, tenantID: tenantID, on: sql) != nil else {
            throw DomainError.notFound("\(noun) '\(name.prefix(100))' does not exist")
        }
        try await sql.raw("DELETE FROM \(unsafeRaw: table) WHERE tenant_id = \(bind: tenantID) AND name = \(bind: name)").run()
    }

    private var columns: String { "id, name, \(column) AS document, created_at, updated_at" }

    private func row(_ row: any SQLRow) throws -> Row {
        Row(
            id: try row.decode(column: "id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            document: try row.decode(column: "document", as: String.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)))
    }
}
