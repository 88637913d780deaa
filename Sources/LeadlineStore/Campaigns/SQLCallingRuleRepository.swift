import Foundation
import LeadlineCore
import SQLKit

struct SQLCallingRuleRepository: CallingRuleRepository {
    let database: Database
    let clock: @Sendable () -> Date

    func rules(tenantID: Int64) async throws -> [CallingRule] {
        try await database.read { sql in try await Self.rules(tenantID: tenantID, on: sql) }
    }

    static func rules(tenantID: Int64, on sql: any SQLDatabase) async throws -> [CallingRule] {
        guard let row = try await sql.raw("SELECT rules FROM calling_rules WHERE tenant_id = \(bind: tenantID)").first() else {
            return CallingRule.shipped
        }
        return try JSONText.decode([CallingRule].self, try row.decode(column: "rules", as: String.self))
    }

    func replace(_ rules: [CallingRule], tenantID: Int64) async throws {
        let document = try JSONText.encode(rules)
        let now = Millis.from(clock())
        try await database.write { sql in
            try await sql.raw("""
                INSERT INTO calling_rules (tenant_id, rules, updated_at) VALUES (\(bind: tenantID), \(bind: document), \(bind: now))
                ON CONFLICT (tenant_id) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at
                """).run()
        }
    }
}
