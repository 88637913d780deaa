import LeadlineCore
import SQLKit

extension SQLListRepository {
    func overview(listIDs: [Int64], tenantID: Int64) async throws -> [Int64: ListOverview] {
        guard !listIDs.isEmpty else { return [:] }
        return try await database.read { sql in
            var overviews: [Int64: ListOverview] = [:]
            for id in listIDs where try await Self.find(sql, id: id, tenantID: tenantID) != nil {
                let count = try await sql.raw("SELECT COUNT(*) AS n FROM contacts WHERE list_id = \(bind: id)").first()!
                let campaigns = try await sql.raw("""
                    SELECT c.name FROM campaign_lists cl JOIN campaigns c ON c.id = cl.campaign_id
                    WHERE cl.list_id = \(bind: id) AND c.tenant_id = \(bind: tenantID) ORDER BY c.name
                    """).all().map { try $0.decode(column: "name", as: String.self) }
                overviews[id] = ListOverview(contacts: try count.decode(column: "n", as: Int.self), campaigns: campaigns)
            }
            return overviews
        }
    }
}
