import Foundation
import LeadlineCore
import SQLKit

/// The statements that add, change and remove contacts with their keys and history, shared by
/// single edits and bulk work (imports) so both write contacts the same way.
enum ContactWrites {
    /// Ids, keys and values in one `IN (…)` list or one multi-row statement of single edits.
    static let rowsPerStatement = 500

    /// Rows sent as one JSON document that the database unpacks (`json_each` on SQLite,
    /// `json_array_elements` on PostgreSQL): one bound value per statement instead of one per
    /// cell, which is where bulk inserts through SQLKit spent their time.
    static let rowsPerDocument = 2000

    /// Inserts `contents` into `list`; the new ids, in order.
    static func insert(
        _ contents: [ContactContent], into list: ContactList, actor: String, kind: HistoryKind, at now: Int64, on sql: any SQLDatabase
    ) async throws -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(contents.count)
        let rows = BulkRows(sql)
        for batch in contents.chunked(by: rowsPerDocument) {
            let document = JSONDocument.rows(batch.map { content in
                [
                    text(content.externalID), text(content.firstName), text(content.lastName),
                    .string(JSONDocument.text(content.emails)), .string(JSONDocument.text(content.phones)), text(content.timeZone),
                    text(content.state), .integer(Int64(content.priority)), .string(content.status.rawValue),
                    .string(JSONDocument.text(content.reasonCodes)), .string(JSONDocument.text(.object(content.custom))),
                    .string(ContactRow.searchName(content)), .string(ContactRow.searchPhones(content)), .string(ContactRow.searchEmails(content)),
                ]
            })
            let inserted = try await sql.raw("""
                INSERT INTO contacts (tenant_id, list_id, external_id, first_name, last_name, emails, phones, time_zone, state,
                    priority, status, reason_codes, custom, search_name, search_phones, search_emails, version, created_at, updated_at)
                SELECT \(bind: list.tenantID), \(bind: list.id), \(rows.text(0)), \(rows.text(1)), \(rows.text(2)), \(rows.text(3)),
                    \(rows.text(4)), \(rows.text(5)), \(rows.text(6)), \(rows.integer(7)), \(rows.text(8)), \(rows.text(9)),
                    \(rows.text(10)), \(rows.text(11)), \(rows.text(12)), \(rows.text(13)), 1, \(bind: now), \(bind: now)
                FROM \(rows.source(document)) RETURNING id
                """).all()
            // Ids grow in row order on both engines; sorting pairs them with rows whatever order RETURNING uses.
            let batchIDs = try inserted.map { try $0.decode(column: "id", as: Int64.self) }.sorted()
            try await insertKeys(zip(batchIDs, batch).flatMap { id, content in ContactKey.all(of: content, list: list).map { (id, $0) } }, listID: list.id, on: sql)
            // An imported contact's first event names the import; its content is the contact itself.
            let events = try zip(batchIDs, batch).map { id, content in
                (id, kind, kind == .imported ? "[]" : try JSONText.encode(Change.between(ContactContent(), content)))
            }
            try await record(events, actor: actor, at: now, on: sql)
            ids += batchIDs
        }
        return ids
    }

    private static func text(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// A contact's new content with the keys it holds after the change.
    struct Update {
        var before: Contact
        var content: ContactContent
        var keys: [ContactKey]
        /// The contact's list afterwards; another than its own moves it.
        var listID: Int64

        init(before: Contact, content: ContactContent, keys: [ContactKey], listID: Int64? = nil) {
            self.before = before
            self.content = content
            self.keys = keys
            self.listID = listID ?? before.listID
        }
    }

    /// Writes each update over the version read, with its keys and a history event. Every old key
    /// goes before any new one is written, so updates may pass keys among themselves.
    static func update(_ updates: [Update], actor: String, at now: Int64, on sql: any SQLDatabase) async throws {
        guard !updates.isEmpty else { return }
        for chunk in updates.chunked(by: rowsPerStatement) {
            try await sql.raw("DELETE FROM contact_keys WHERE contact_id IN (\(SQLList(chunk.map { SQLBind($0.before.id) })))").run()
        }
        var events: [(Int64, HistoryKind, String)] = []
        for update in updates {
            let (before, content) = (update.before, update.content)
            let changes = Change.between(before.content, content)
            let written = try await sql.raw("""
                UPDATE contacts SET external_id = \(bind: content.externalID), first_name = \(bind: content.firstName),
                    last_name = \(bind: content.lastName), emails = \(bind: JSONDocument.text(content.emails)),
                    phones = \(bind: JSONDocument.text(content.phones)), time_zone = \(bind: content.timeZone),
                    state = \(bind: content.state),
                    priority = \(bind: content.priority), status = \(bind: content.status.rawValue),
                    reason_codes = \(bind: JSONDocument.text(content.reasonCodes)), custom = \(bind: JSONDocument.text(.object(content.custom))),
                    search_name = \(bind: ContactRow.searchName(content)), search_phones = \(bind: ContactRow.searchPhones(content)),
                    search_emails = \(bind: ContactRow.searchEmails(content)), list_id = \(bind: update.listID),
                    version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: before.id) AND version = \(bind: before.version) RETURNING id
                """).first()
            try await Versioning.requireWritten(written, table: "contacts", id: before.id, on: sql)
            events.append((before.id, Change.kind(of: changes), try JSONText.encode(changes)))
        }
        for (listID, group) in Dictionary(grouping: updates, by: \.listID) {
            try await insertKeys(group.flatMap { update in update.keys.map { (update.before.id, $0) } }, listID: listID, on: sql)
        }
        try await record(events, actor: actor, at: now, on: sql)
    }

    /// Removes contacts with their keys and history.
    static func delete(_ ids: [Int64], on sql: any SQLDatabase) async throws {
        for chunk in ids.chunked(by: rowsPerStatement) {
            let list = SQLList(chunk.map { SQLBind($0) })
            try await sql.raw("DELETE FROM contact_history WHERE contact_id IN (\(list))").run()
            try await sql.raw("DELETE FROM contact_keys WHERE contact_id IN (\(list))").run()
            try await sql.raw("DELETE FROM contacts WHERE id IN (\(list))").run()
        }
    }

    static func insertKeys(_ keys: [(Int64, ContactKey)], listID: Int64, on sql: any SQLDatabase) async throws {
        let rows = BulkRows(sql)
        for chunk in keys.chunked(by: rowsPerDocument) {
            let document = JSONDocument.rows(chunk.map { id, key in [.string(key.kind), .string(key.value), .integer(id)] })
            try await sql.raw("""
                INSERT INTO contact_keys (list_id, kind, value, contact_id)
                SELECT \(bind: listID), \(rows.text(0)), \(rows.text(1)), \(rows.bigint(2)) FROM \(rows.source(document))
                """).run()
        }
    }

    static func record(_ events: [(Int64, HistoryKind, String)], actor: String, at now: Int64, on sql: any SQLDatabase) async throws {
        let rows = BulkRows(sql)
        for chunk in events.chunked(by: rowsPerDocument) {
            let document = JSONDocument.rows(chunk.map { id, kind, changes in [.integer(id), .string(kind.rawValue), .string(changes)] })
            try await sql.raw("""
                INSERT INTO contact_history (contact_id, at, actor, kind, changes)
                SELECT \(rows.bigint(0)), \(bind: now), \(bind: actor), \(rows.text(1)), \(rows.text(2)) FROM \(rows.source(document))
                """).run()
        }
    }
}
