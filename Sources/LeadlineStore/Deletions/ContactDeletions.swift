import LeadlineCore
import SQLKit

/// Deletes contacts and writes each into the deleted-contacts report in the same transaction,
/// so no contact leaves without its record.
enum ContactDeletions {
    struct Reason {
        var processID: Int64?
        var actor: String
        var filter: String?
    }

    static func delete(_ contacts: [Contact], because reason: Reason, at now: Int64, on sql: any SQLDatabase) async throws {
        guard !contacts.isEmpty else { return }
        let rows = BulkRows(sql)
        for chunk in contacts.chunked(by: ContactWrites.rowsPerDocument) {
            let document = JSONDocument.rows(try chunk.map { contact in
                [.integer(contact.tenantID), .integer(contact.listID), .integer(contact.id), .string(try JSONDocument.text(contact.content))]
            })
            try await sql.raw("""
                INSERT INTO deleted_contacts (tenant_id, list_id, contact_id, process_id, actor, filter, deleted_at, contact)
                SELECT \(rows.bigint(0)), \(rows.bigint(1)), \(rows.bigint(2)), \(bind: reason.processID), \(bind: reason.actor),
                    \(bind: reason.filter), \(bind: now), \(rows.text(3)) FROM \(rows.source(document))
                """).run()
        }
        try await JobContacts.forget(contacts.map(\.id), on: sql)
        try await ContactWrites.delete(contacts.map(\.id), on: sql)
    }
}
