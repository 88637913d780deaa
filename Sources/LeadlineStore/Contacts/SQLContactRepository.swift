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
                let list = try await SQLListRepository.writable(sql, id: listID, tenantID: tenantID)
                let content = try build(list)
                let keys = ContactKey.all(of: content, list: list)
                try await Self.checkKeysFree(sql, keys, listID: listID, except: nil)
                let id = try await ContactWrites.insert([content], into: list, actor: actor, kind: .created, at: now, on: sql)[0]
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
                let list = try await SQLListRepository.writable(sql, id: listID, tenantID: tenantID)
                return try await ContactWrites.insert(contents, into: list, actor: actor, kind: kind, at: now, on: sql)
            }
        }
    }

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

    func batch(
        listID: Int64, tenantID: Int64, statuses: [ContactStatus]?, filter: CheckedFilter?, after afterID: Int64, limit: Int
    ) async throws -> [Contact] {
        let engine = database.engine
        return try await database.read { sql in
            guard try await SQLListRepository.find(sql, id: listID, tenantID: tenantID) != nil else {
                throw DomainError.notFound("list \(listID) does not exist")
            }
            return try await ContactWalk.next(
                lists: [listID], after: afterID, limit: limit, filter: filter, statuses: statuses, engine: engine, on: sql)
        }
    }

    func count(listIDs: [Int64], filter: CheckedFilter, tenantID: Int64) async throws -> Int {
        let engine = database.engine
        return try await database.read { sql in
            for listID in listIDs where try await SQLListRepository.find(sql, id: listID, tenantID: tenantID) == nil {
                throw DomainError.notFound("list \(listID) does not exist")
            }
            guard !listIDs.isEmpty else { return 0 }
            let row = try await sql.raw("SELECT COUNT(*) AS n FROM contacts c WHERE c.list_id IN (\(binds: listIDs)) AND "
                + FilterSQL(engine: engine).condition(filter)).first()
            return try row?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    func widest(listID: Int64, tenantID: Int64) async throws -> (emails: Int, phones: Int) {
        let cast = database.engine == .postgres ? "::json" : ""
        return try await database.read { sql in
            guard try await SQLListRepository.find(sql, id: listID, tenantID: tenantID) != nil else {
                throw DomainError.notFound("list \(listID) does not exist")
            }
            let row = try await sql.raw("""
                SELECT MAX(json_array_length(emails\(unsafeRaw: cast))) AS emails, MAX(json_array_length(phones\(unsafeRaw: cast))) AS phones
                FROM contacts WHERE list_id = \(bind: listID)
                """).first()
            return (try row?.decode(column: "emails", as: Int?.self) ?? 0, try row?.decode(column: "phones", as: Int?.self) ?? 0)
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
                let (current, list) = try await Self.writableContact(sql, id: id, tenantID: tenantID)
                // Bad input is a 400 whatever the version; a good change on a stale version a 412.
                let content = try change(current, list)
                try Versioning.check(expectedVersion, current: current.version)
                let changes = Change.between(current.content, content)
                guard !changes.isEmpty else { return current }
                let keys = ContactKey.all(of: content, list: list)
                try await Self.checkKeysFree(sql, keys, listID: list.id, except: id)
                try await ContactWrites.update([.init(before: current, content: content, keys: keys)], actor: actor, at: now, on: sql)
                return try await Self.find(sql, id: id, tenantID: tenantID)!
            }
        }
    }

    func delete(id: Int64, tenantID: Int64, expectedVersion: Int?, actor: String) async throws {
        let now = Millis.from(clock())
        try await database.write { sql in
            let (current, _) = try await Self.writableContact(sql, id: id, tenantID: tenantID)
            try Versioning.check(expectedVersion, current: current.version)
            if let busy = InProgress.reason(of: current) {
                throw DomainError.conflict(field: nil, reason: "contact \(id) is in progress (\(busy)); it can be deleted once outbound work is done with it")
            }
            try await ContactDeletions.delete([current], because: .init(processID: nil, actor: actor, filter: nil), at: now, on: sql)
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

    /// A contact to change, with its list, which the tenant must be allowed to write.
    static func writableContact(_ sql: any SQLDatabase, id: Int64, tenantID: Int64) async throws -> (Contact, ContactList) {
        guard let contact = try await find(sql, id: id, tenantID: tenantID) else {
            throw DomainError.notFound("contact \(id) does not exist")
        }
        return (contact, try await SQLListRepository.writable(sql, id: contact.listID, tenantID: tenantID))
    }

    /// Refuses keys another contact of the list holds, naming the field and the holder.
    static func checkKeysFree(_ sql: any SQLDatabase, _ keys: [ContactKey], listID: Int64, except: Int64?) async throws {
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
