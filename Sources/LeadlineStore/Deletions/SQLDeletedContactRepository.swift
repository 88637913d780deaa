import Foundation
import LeadlineCore
import SQLKit

struct SQLDeletedContactRepository: DeletedContactRepository {
    let database: Database

    func list(tenantID: Int64, listID: Int64?, processID: Int64?, page: PageRequest) async throws -> Page<DeletedContact> {
        try await database.read { sql in
            var conditions: [SQLQueryString] = ["tenant_id = \(bind: tenantID)", "id < \(bind: page.after?.lastID ?? Int64.max)"]
            if let listID { conditions.append("list_id = \(bind: listID)") }
            if let processID { conditions.append("process_id = \(bind: processID)") }
            let rows = try await sql.raw("""
                SELECT id, list_id, contact_id, process_id, actor, filter, deleted_at, contact FROM deleted_contacts WHERE
                """ + " " + conditions.joined(separator: " AND ") + " ORDER BY id DESC LIMIT \(bind: page.limit + 1)").all()
            let items = try rows.prefix(page.limit).map { row in
                DeletedContact(
                    id: try row.decode(column: "id", as: Int64.self),
                    listID: try row.decode(column: "list_id", as: Int64.self),
                    contactID: try row.decode(column: "contact_id", as: Int64.self),
                    processID: try row.decode(column: "process_id", as: Int64?.self),
                    actor: try row.decode(column: "actor", as: String.self),
                    filter: try row.decode(column: "filter", as: String?.self),
                    deletedAt: Millis.date(try row.decode(column: "deleted_at", as: Int64.self)),
                    content: try JSONDocument.content(try row.decode(column: "contact", as: String.self)))
            }
            return Page(items: items, nextCursor: rows.count > page.limit ? items.last.map { Cursor(lastID: $0.id) } : nil)
        }
    }
}
