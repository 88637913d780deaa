import Foundation
import LeadlineCore
import SQLKit

struct SQLContactRepository: ContactRepository {
    let database: Database
    let clock: @Sendable () -> Date

    func create(
        listID: Int64, tenantID: Int64, actor: String, _ build: @Sendable (ContactList) throws -> ContactContent
    ) async throws -> Contact {
        let now = Millis.from(clock())
        return try await uniqueKeysGuarded {
            try await database.write { sql in
                guard let list = try await SQLListRepository.find(sql, id: listID, tenantID: tenantID) else {
                    throw DomainError.notFound("list \(listID) does not exist")
                }
                let content = try build(list)
                let keys = ContactKey.all(of: content, list: list)
                try await Self.checkKeysFree(sql, keys, listID: listID, except: nil)
                let row = try await sql.raw(
                    Self.insert + "(\(bind: list.tenantID), \(bind: listID), \(Self.values(content)), 1, \(bind: now), \(bind: now)) RETURNING id"
                ).first()!
                let id = try row.decode(column: "id", as: Int64.self)
                try await Self.insertKeys(sql, keys, listID: listID, contactID: id)
                let created = Change.between(ContactContent(), content)
                try await Self.record(sql, contactID: id, at: now, actor: actor, kind: .created, changes: created)
                return try await Self.find(sql, id: id, tenantID: tenantID)!
            }
        }
    }

    func createMany(
        listID: Int64, tenantID: Int64, actor: String, kind: HistoryKind, _ contents: [ContactContent]
    ) async throws -> [Int64] {
        let now = Millis.from(clock())
        return try await uniqueKeysGuarded {
            try await database.write { sql in
                guard let list = try await SQLListRepository.find(sql, id: listID, tenantID: tenantID) else {
                    throw DomainError.notFound("list \(listID) does not exist")
                }
                var ids: [Int64] = []
                for batch in contents.chunked(by: Self.rowsPerStatement) {
                    let rows = try batch.map { content -> SQLQueryString in
                        "(\(bind: list.tenantID), \(bind: listID), \(try Self.values(content)), 1, \(bind: now), \(bind: now))"
                    }
                    let inserted = try await sql.raw(Self.insert + rows.joined(separator: ", ") + " RETURNING id").all()
                    // Ids grow in row order on both engines; sorting pairs them with rows whatever order RETURNING uses.
                    let batchIDs = try inserted.map { try $0.decode(column: "id", as: Int64.self) }.sorted()
                    let keys = zip(batchIDs, batch).flatMap { id, content in
                        ContactKey.all(of: content, list: list).map { (id, $0) }
                    }
                    for chunk in keys.chunked(by: Self.rowsPerStatement) {
                        let values = chunk.map { id, key -> SQLQueryString in
                            "(\(bind: listID), \(bind: key.kind), \(bind: key.value), \(bind: id))"
                        }
                        try await sql.raw("INSERT INTO contact_keys (list_id, kind, value, contact_id) VALUES " + values.joined(separator: ", ")).run()
                    }
                    let events = try zip(batchIDs, batch).map { id, content -> SQLQueryString in
                        let changes = try JSONText.encode(Change.between(ContactContent(), content))
                        return "(\(bind: id), \(bind: now), \(bind: actor), \(bind: kind.rawValue), \(bind: changes))"
                    }
                    try await sql.raw("INSERT INTO contact_history (contact_id, at, actor, kind, changes) VALUES " + events.joined(separator: ", ")).run()
                    ids += batchIDs
                }
                return ids
            }
        }
    }

    /// Rows in one multi-row statement: large enough to save round trips, within PostgreSQL's 65,535 binds.
    static let rowsPerStatement = 500

    func find(id: Int64, tenantID: Int64) async throws -> Contact? {
        try await database.read { sql in try await Self.find(sql, id: id, tenantID: tenantID) }
    }

    func list(listID: Int64, tenantID: Int64, status: ContactStatus?, page: PageRequest) async throws -> Page<Contact> {
        try await database.read { sql in
            guard try await SQLListRepository.find(sql, id: listID, tenantID: tenantID) != nil else {
                throw DomainError.notFound("list \(listID) does not exist")
            }
            let statusCondition: SQLQueryString = status.map { " AND c.status = \(bind: $0.rawValue)" } ?? ""
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c
                WHERE c.list_id = \(bind: listID) AND c.id > \(bind: page.after?.lastID ?? 0)
                """ + statusCondition + " ORDER BY c.id LIMIT \(bind: page.limit + 1)").all()
            return try Self.page(rows, limit: page.limit)
        }
    }

    func search(_ search: ContactSearch, tenantID: Int64) async throws -> Page<Contact> {
        let engine = database.engine
        return try await database.read { sql in
            let lists: [Int64]
            if let listID = search.listID {
                guard try await SQLListRepository.find(sql, id: listID, tenantID: tenantID) != nil else {
                    throw DomainError.notFound("list \(listID) does not exist")
                }
                lists = [listID]
            } else {
                lists = try await sql.raw("SELECT id FROM lists WHERE \(SQLListRepository.visible(to: tenantID))").all()
                    .map { try $0.decode(column: "id", as: Int64.self) }
            }
            guard !lists.isEmpty else { return Page(items: [], nextCursor: nil) }
            let rows = try await ContactSearchQueries.make(for: engine).rows(search, lists: lists, on: sql)
            return try Self.page(rows, limit: search.page.limit)
        }
    }

    func update(
        id: Int64, tenantID: Int64, expectedVersion: Int?, actor: String,
        _ change: @Sendable (Contact, ContactList) throws -> ContactContent
    ) async throws -> Contact {
        let now = Millis.from(clock())
        return try await uniqueKeysGuarded {
            try await database.write { sql in
                let (current, list) = try await Self.contactAndList(sql, id: id, tenantID: tenantID)
                try Versioning.check(expectedVersion, current: current.version)
                let content = try change(current, list)
                let changes = Change.between(current.content, content)
                guard !changes.isEmpty else { return current }
                let keys = ContactKey.all(of: content, list: list)
                try await Self.checkKeysFree(sql, keys, listID: list.id, except: id)
                let written = try await sql.raw("""
                    UPDATE contacts SET external_id = \(bind: content.externalID), first_name = \(bind: content.firstName),
                        last_name = \(bind: content.lastName), emails = \(bind: try JSONText.encode(content.emails)),
                        phones = \(bind: try JSONText.encode(content.phones)), time_zone = \(bind: content.timeZone),
                        state = \(bind: content.state),
                        priority = \(bind: content.priority), status = \(bind: content.status.rawValue),
                        reason_codes = \(bind: try JSONText.encode(content.reasonCodes)), custom = \(bind: try JSONText.encode(content.custom)),
                        search_name = \(bind: ContactRow.searchName(content)), search_phones = \(bind: ContactRow.searchPhones(content)),
                        search_emails = \(bind: ContactRow.searchEmails(content)), version = version + 1, updated_at = \(bind: now)
                    WHERE id = \(bind: id) AND version = \(bind: current.version) RETURNING id
                    """).first()
                try await Versioning.requireWritten(written, table: "contacts", id: id, on: sql)
                try await sql.raw("DELETE FROM contact_keys WHERE contact_id = \(bind: id)").run()
                try await Self.insertKeys(sql, keys, listID: list.id, contactID: id)
                try await Self.record(sql, contactID: id, at: now, actor: actor, kind: Change.kind(of: changes), changes: changes)
                return try await Self.find(sql, id: id, tenantID: tenantID)!
            }
        }
    }

    func delete(id: Int64, tenantID: Int64, expectedVersion: Int?) async throws {
        try await database.write { sql in
            let (current, _) = try await Self.contactAndList(sql, id: id, tenantID: tenantID)
            try Versioning.check(expectedVersion, current: current.version)
            try await sql.raw("DELETE FROM contact_history WHERE contact_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM contact_keys WHERE contact_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM contacts WHERE id = \(bind: id)").run()
        }
    }

    func history(contactID: Int64, tenantID: Int64, page: PageRequest) async throws -> Page<HistoryEvent> {
        try await database.read { sql in
            guard try await Self.find(sql, id: contactID, tenantID: tenantID) != nil else {
                throw DomainError.notFound("contact \(contactID) does not exist")
            }
            let before = page.after?.lastID ?? Int64.max
            let rows = try await sql.raw("""
                SELECT id, contact_id, at, actor, kind, changes FROM contact_history
                WHERE contact_id = \(bind: contactID) AND id < \(bind: before)
                ORDER BY id DESC LIMIT \(bind: page.limit + 1)
                """).all()
            let events = try rows.prefix(page.limit).map { row in
                HistoryEvent(
                    id: try row.decode(column: "id", as: Int64.self),
                    contactID: try row.decode(column: "contact_id", as: Int64.self),
                    at: Millis.date(try row.decode(column: "at", as: Int64.self)),
                    actor: try row.decode(column: "actor", as: String.self),
                    kind: HistoryKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .updated,
                    changes: try JSONText.decode([Change].self, try row.decode(column: "changes", as: String.self)))
            }
            return Page(items: events, nextCursor: rows.count > page.limit ? events.last.map { Cursor(lastID: $0.id) } : nil)
        }
    }

    // MARK: - Shared pieces

    static func find(_ sql: any SQLDatabase, id: Int64, tenantID: Int64) async throws -> Contact? {
        try await sql.raw("""
            SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c JOIN lists l ON l.id = c.list_id
            WHERE c.id = \(bind: id) AND \(SQLListRepository.visible(to: tenantID, table: "l"))
            """).first().map(ContactRow.contact)
    }

    private static func contactAndList(_ sql: any SQLDatabase, id: Int64, tenantID: Int64) async throws -> (Contact, ContactList) {
        guard let contact = try await find(sql, id: id, tenantID: tenantID),
            let list = try await SQLListRepository.find(sql, id: contact.listID, tenantID: tenantID)
        else { throw DomainError.notFound("contact \(id) does not exist") }
        return (contact, list)
    }

    /// The head of an insert of contacts; `values` gives the middle of each row.
    private static let insert: SQLQueryString = """
        INSERT INTO contacts (tenant_id, list_id, external_id, first_name, last_name, emails, phones, time_zone, state,
            priority, status, reason_codes, custom, search_name, search_phones, search_emails, version, created_at, updated_at)
        VALUES\u{20}
        """

    private static func values(_ content: ContactContent) throws -> SQLQueryString {
        """
        \(bind: content.externalID), \(bind: content.firstName), \(bind: content.lastName),
        \(bind: try JSONText.encode(content.emails)), \(bind: try JSONText.encode(content.phones)), \(bind: content.timeZone),
        \(bind: content.state), \(bind: content.priority), \(bind: content.status.rawValue), \(bind: try JSONText.encode(content.reasonCodes)),
        \(bind: try JSONText.encode(content.custom)), \(bind: ContactRow.searchName(content)),
        \(bind: ContactRow.searchPhones(content)), \(bind: ContactRow.searchEmails(content))
        """
    }

    /// Refuses keys another contact of the list holds, naming the field and the holder.
    private static func checkKeysFree(_ sql: any SQLDatabase, _ keys: [ContactKey], listID: Int64, except: Int64?) async throws {
        for key in keys {
            let row = try await sql.raw("""
                SELECT contact_id FROM contact_keys
                WHERE list_id = \(bind: listID) AND kind = \(bind: key.kind) AND value = \(bind: key.value)
                """).first()
            if let row {
                let holder = try row.decode(column: "contact_id", as: Int64.self)
                if holder != except {
                    throw DomainError.conflict(field: key.inputField, reason: "'\(key.value)' is already used by contact \(holder) of this list")
                }
            }
        }
    }

    private static func insertKeys(_ sql: any SQLDatabase, _ keys: [ContactKey], listID: Int64, contactID: Int64) async throws {
        for key in keys {
            try await sql.raw("""
                INSERT INTO contact_keys (list_id, kind, value, contact_id)
                VALUES (\(bind: listID), \(bind: key.kind), \(bind: key.value), \(bind: contactID))
                """).run()
        }
    }

    private static func record(
        _ sql: any SQLDatabase, contactID: Int64, at: Int64, actor: String, kind: HistoryKind, changes: [Change]
    ) async throws {
        try await sql.raw("""
            INSERT INTO contact_history (contact_id, at, actor, kind, changes)
            VALUES (\(bind: contactID), \(bind: at), \(bind: actor), \(bind: kind.rawValue), \(bind: try JSONText.encode(changes)))
            """).run()
    }

    private static func page(_ rows: [any SQLRow], limit: Int) throws -> Page<Contact> {
        let contacts = try rows.prefix(limit).map(ContactRow.contact)
        return Page(items: contacts, nextCursor: rows.count > limit ? contacts.last.map { Cursor(lastID: $0.id) } : nil)
    }

    /// Two writers racing past the key check on PostgreSQL meet the unique index; report it the same way.
    private func uniqueKeysGuarded<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch where StoreError.isUniqueViolation(error) {
            throw DomainError.conflict(field: nil, reason: "another contact of this list holds one of these unique values")
        }
    }
}
