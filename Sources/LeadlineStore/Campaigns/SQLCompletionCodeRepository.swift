import Foundation
import LeadlineCore
import SQLKit

struct SQLCompletionCodeRepository: CompletionCodeRepository {
    let database: Database
    let clock: @Sendable () -> Date

    func create(_ code: CompletionCode, tenantID: Int64) async throws -> CompletionCode {
        let now = Millis.from(clock())
        do {
            try await database.write { sql in
                try await sql.raw("""
                    INSERT INTO completion_codes (tenant_id, name, description, is_response, closes_contact, right_party, created_at)
                    VALUES (\(bind: tenantID), \(bind: code.name), \(bind: code.description), \(bind: code.isResponse),
                        \(bind: code.closesContact), \(bind: code.isRightPartyContact), \(bind: now))
                    """).run()
            }
        } catch where StoreError.isUniqueViolation(error) {
            throw DomainError.conflict(field: "name", reason: "a completion code named '\(code.name)' exists already")
        }
        return code
    }

    func all(tenantID: Int64) async throws -> [CompletionCode] {
        try await database.read { sql in try await Self.all(tenantID: tenantID, on: sql) }
    }

    static func all(tenantID: Int64, on sql: any SQLDatabase) async throws -> [CompletionCode] {
        let own = try await sql.raw("""
            SELECT name, description, is_response, closes_contact, right_party FROM completion_codes
            WHERE tenant_id = \(bind: tenantID) ORDER BY name
            """).all().map(code)
        return CompletionCode.system + own
    }

    func find(name: String, tenantID: Int64) async throws -> CompletionCode? {
        try await all(tenantID: tenantID).first { $0.name == name }
    }

    func delete(name: String, tenantID: Int64) async throws {
        try await database.write { sql in
            let campaigns = try await sql.raw("SELECT name, allowed_codes FROM campaigns WHERE tenant_id = \(bind: tenantID)").all()
            for row in campaigns where try JSONText.decode([String].self, try row.decode(column: "allowed_codes", as: String.self)).contains(name) {
                throw DomainError.conflict(field: nil, reason: "campaign '\(try row.decode(column: "name", as: String.self))' allows '\(name)'; remove it there first")
            }
            let removed = try await sql.raw("DELETE FROM completion_codes WHERE tenant_id = \(bind: tenantID) AND name = \(bind: name) RETURNING id").first()
            guard removed != nil else { throw DomainError.notFound("completion code '\(name.prefix(60))' does not exist") }
        }
    }

    private static func code(_ row: any SQLRow) throws -> CompletionCode {
        CompletionCode(
            name: try row.decode(column: "name", as: String.self), description: try row.decode(column: "description", as: String.self),
            isResponse: try row.decode(column: "is_response", as: Bool.self), closesContact: try row.decode(column: "closes_contact", as: Bool.self),
            isRightPartyContact: try row.decode(column: "right_party", as: Bool.self))
    }
}
