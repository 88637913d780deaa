import Foundation
import LeadlineCore
import SQLKit

struct SQLListRepository: ListRepository {
    let database: Database
    let clock: @Sendable () -> Date

    static let columns = """
        id, tenant_id, name, description, owner, time_zone, default_region, enabled, dedup_key, keep_invalid_numbers, locale, date_order, schema,
        version, created_at, updated_at
        """

    func create(_ settings: ListSettings, tenantID: Int64) async throws -> ContactList {
        let now = Millis.from(clock())
        do {
            return try await database.write { sql in
                try await Self.checkNameFree(sql, settings.name, tenantID: tenantID, except: nil)
                let schema = try await SQLFieldRepository.catalog(sql, tenantID: tenantID).map(\.definition)
                if case .field(let name) = settings.dedupKey, !schema.contains(where: { $0.name == name }) {
                    throw ValidationFailure(field: "dedupKey", reason: "field '\(name)' is not in the tenant's field catalog")
                }
                let row = try await sql.raw("""
                    INSERT INTO lists (tenant_id, name, description, owner, time_zone, default_region, enabled, dedup_key,
                                       keep_invalid_numbers, locale, date_order, schema, version, created_at, updated_at)
                    VALUES (\(bind: tenantID), \(bind: settings.name), \(bind: settings.description), \(bind: settings.owner),
                            \(bind: settings.timeZone), \(bind: settings.defaultRegion), \(bind: settings.enabled),
                            \(bind: settings.dedupKey.rawValue), \(bind: settings.keepInvalidNumbers), \(bind: settings.locale),
                            \(bind: settings.dateOrder?.rawValue), \(bind: try JSONText.encode(schema)),
                            1, \(bind: now), \(bind: now))
                    RETURNING id
                    """).first()!
                let id = try row.decode(column: "id", as: Int64.self)
                try await Self.replaceShares(sql, listID: id, grants: settings.sharedWith, at: now)
                return try await Self.find(sql, id: id, tenantID: tenantID)!
            }
        } catch where StoreError.isUniqueViolation(error) {
            throw Self.nameTaken(settings.name)
        }
    }

    func list(tenantID: Int64, page: PageRequest) async throws -> Page<ContactList> {
        try await database.read { sql in
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM lists
                WHERE \(Self.visible(to: tenantID)) AND id > \(bind: page.after?.lastID ?? 0)
                ORDER BY id LIMIT \(bind: page.limit + 1)
                """).all()
            return try await Self.page(sql, rows: rows, limit: page.limit)
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> ContactList? {
        try await database.read { sql in try await Self.find(sql, id: id, tenantID: tenantID) }
    }

    func writable(id: Int64, tenantID: Int64) async throws -> ContactList {
        try await database.read { sql in try await Self.writable(sql, id: id, tenantID: tenantID) }
    }

    func update(
        id: Int64, tenantID: Int64, expectedVersion: Int?, _ change: @Sendable (ContactList) throws -> ListSettings
    ) async throws -> ContactList {
        let now = Millis.from(clock())
        do {
            return try await database.write { sql in
                let current = try await Self.owned(sql, id: id, tenantID: tenantID, expectedVersion: nil)
                // Bad input is a 400 whatever the version; a good change on a stale version a 412.
                let settings = try change(current)
                try Versioning.check(expectedVersion, current: current.version)
                try await Self.checkNameFree(sql, settings.name, tenantID: tenantID, except: id)
                if settings.dedupKey != current.settings.dedupKey, try await Self.hasContacts(sql, listID: id) {
                    throw DomainError.conflict(
                        field: "dedupKey", reason: "the dedup key of a list that holds contacts cannot change; empty the list first")
                }
                let written = try await sql.raw("""
                    UPDATE lists SET name = \(bind: settings.name), description = \(bind: settings.description),
                        owner = \(bind: settings.owner), time_zone = \(bind: settings.timeZone),
                        default_region = \(bind: settings.defaultRegion), enabled = \(bind: settings.enabled),
                        dedup_key = \(bind: settings.dedupKey.rawValue), keep_invalid_numbers = \(bind: settings.keepInvalidNumbers),
                        locale = \(bind: settings.locale), date_order = \(bind: settings.dateOrder?.rawValue),
                        version = version + 1, updated_at = \(bind: now)
                    WHERE id = \(bind: id) AND version = \(bind: current.version) RETURNING id
                    """).first()
                try await Versioning.requireWritten(written, table: "lists", id: id, on: sql)
                try await Self.replaceShares(sql, listID: id, grants: settings.sharedWith, at: now)
                return try await Self.find(sql, id: id, tenantID: tenantID)!
            }
        } catch where StoreError.isUniqueViolation(error) {
            throw DomainError.conflict(field: "name", reason: "the tenant already has a list with this name")
        }
    }

    func addField(_ definition: FieldDefinition, listID: Int64, tenantID: Int64, expectedVersion: Int?) async throws -> ContactList {
        let definition = try definition.validated()
        let now = Millis.from(clock())
        return try await database.write { sql in
            let current = try await Self.owned(sql, id: listID, tenantID: tenantID, expectedVersion: expectedVersion)
            if current.field(named: definition.name) != nil {
                throw DomainError.conflict(field: "name", reason: "the list already has a field named '\(definition.name)'")
            }
            if definition.required || definition.unique, try await Self.hasContacts(sql, listID: listID) {
                throw DomainError.conflict(
                    field: definition.required ? "required" : "unique",
                    reason: "a list that holds contacts can gain only optional, non-unique fields; its contacts have no value yet")
            }
            let written = try await sql.raw("""
                UPDATE lists SET schema = \(bind: try JSONText.encode(current.schema + [definition])), version = version + 1,
                    updated_at = \(bind: now)
                WHERE id = \(bind: listID) AND version = \(bind: current.version) RETURNING id
                """).first()
            try await Versioning.requireWritten(written, table: "lists", id: listID, on: sql)
            return try await Self.find(sql, id: listID, tenantID: tenantID)!
        }
    }

    func delete(id: Int64, tenantID: Int64, expectedVersion: Int?) async throws {
        try await database.write { sql in
            _ = try await Self.owned(sql, id: id, tenantID: tenantID, expectedVersion: expectedVersion)
            try await JobContacts.end(list: id, at: Millis.from(clock()), on: sql)
            try await Self.deleteContacts(sql, listID: id)
            // Campaigns that worked the list no longer do; one left without a list cannot start.
            try await sql.raw("DELETE FROM campaign_lists WHERE list_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM list_shares WHERE list_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM lists WHERE id = \(bind: id)").run()
        }
    }

    func empty(id: Int64, tenantID: Int64) async throws -> Int {
        try await database.write { sql in
            _ = try await Self.writable(sql, id: id, tenantID: tenantID)
            let count = try await sql.raw("SELECT COUNT(*) AS n FROM contacts WHERE list_id = \(bind: id)").first()!
                .decode(column: "n", as: Int.self)
            try await JobContacts.end(list: id, at: Millis.from(clock()), on: sql)
            try await Self.deleteContacts(sql, listID: id)
            return count
        }
    }

    func offers(tenantID: Int64) async throws -> [ShareOffer] {
        try await database.read { sql in try await Self.offers(sql, tenantID: tenantID, listID: nil) }
    }

    func accept(listID: Int64, tenantID: Int64) async throws -> ShareOffer {
        let now = Millis.from(clock())
        return try await database.write { sql in
            try await sql.raw("""
                UPDATE list_shares SET accepted_at = \(bind: now)
                WHERE list_id = \(bind: listID) AND tenant_id = \(bind: tenantID) AND accepted_at IS NULL
                """).run()
            guard let offer = try await Self.offers(sql, tenantID: tenantID, listID: listID).first else {
                throw Self.noOffer(listID)
            }
            return offer
        }
    }

    func decline(listID: Int64, tenantID: Int64) async throws {
        try await database.write { sql in
            let removed = try await sql.raw("""
                DELETE FROM list_shares WHERE list_id = \(bind: listID) AND tenant_id = \(bind: tenantID) RETURNING list_id
                """).first()
            if removed == nil { throw Self.noOffer(listID) }
        }
    }

    // MARK: - Shared pieces

    /// The condition that a `lists` row is visible to a tenant: its own, or offered to it and accepted.
    static func visible(to tenantID: Int64, table: String = "lists") -> SQLQueryString {
        """
        (\(unsafeRaw: table).tenant_id = \(bind: tenantID) OR EXISTS (
            SELECT 1 FROM list_shares s WHERE s.list_id = \(unsafeRaw: table).id AND s.tenant_id = \(bind: tenantID)
                AND s.accepted_at IS NOT NULL))
        """
    }

    /// A list the tenant may read, or write when `writing`.
    @discardableResult
    static func require(_ sql: any SQLDatabase, id: Int64, tenantID: Int64, writing: Bool) async throws -> ContactList {
        if writing { return try await writable(sql, id: id, tenantID: tenantID) }
        guard let list = try await find(sql, id: id, tenantID: tenantID) else { throw DomainError.notFound("list \(id) does not exist") }
        return list
    }

    /// A list whose contacts the tenant may write: its own, or shared with it for writing. A list
    /// shared for reading is refused as forbidden, since the tenant can see it.
    static func writable(_ sql: any SQLDatabase, id: Int64, tenantID: Int64) async throws -> ContactList {
        guard let list = try await find(sql, id: id, tenantID: tenantID), let standing = list.standing(of: tenantID) else {
            throw DomainError.notFound("list \(id) does not exist")
        }
        guard standing.mayWriteContacts else {
            throw DomainError.forbidden("list \(id) is shared with this tenant for reading; only its owner may change its contacts")
        }
        return list
    }

    static func find(_ sql: any SQLDatabase, id: Int64, tenantID: Int64) async throws -> ContactList? {
        let rows = try await sql.raw("SELECT \(unsafeRaw: columns) FROM lists WHERE id = \(bind: id) AND \(visible(to: tenantID))").all()
        return try await page(sql, rows: rows, limit: 1).items.first
    }

    /// A list the tenant owns, for a change: a shared list is read-only to the tenants it is shared with.
    static func owned(_ sql: any SQLDatabase, id: Int64, tenantID: Int64, expectedVersion: Int?) async throws -> ContactList {
        guard let list = try await find(sql, id: id, tenantID: tenantID) else {
            throw DomainError.notFound("list \(id) does not exist")
        }
        guard list.tenantID == tenantID else {
            throw DomainError.forbidden("list \(id) is shared with this tenant; only its owner may change the list itself")
        }
        try Versioning.check(expectedVersion, current: list.version)
        return list
    }

    private static func page(_ sql: any SQLDatabase, rows: [any SQLRow], limit: Int) async throws -> Page<ContactList> {
        let kept = Array(rows.prefix(limit))
        let ids = try kept.map { try $0.decode(column: "id", as: Int64.self) }
        var shares: [Int64: [ListShare]] = [:]
        if !ids.isEmpty {
            for row in try await sql.raw("""
                SELECT list_id, tenant_id, access, accepted_at FROM list_shares WHERE list_id IN (\(binds: ids)) ORDER BY tenant_id
                """).all() {
                let grant = ShareGrant(
                    tenantID: try row.decode(column: "tenant_id", as: Int64.self),
                    access: ListAccess(rawValue: try row.decode(column: "access", as: String.self)) ?? .read)
                let accepted = try row.decode(column: "accepted_at", as: Int64?.self).map(Millis.date)
                shares[try row.decode(column: "list_id", as: Int64.self), default: []].append(ListShare(grant: grant, acceptedAt: accepted))
            }
        }
        let lists = try kept.map { row in
            let id = try row.decode(column: "id", as: Int64.self)
            let key = try row.decode(column: "dedup_key", as: String.self)
            return ContactList(
                id: id,
                tenantID: try row.decode(column: "tenant_id", as: Int64.self),
                settings: ListSettings(
                    name: try row.decode(column: "name", as: String.self),
                    description: try row.decode(column: "description", as: String.self),
                    owner: try row.decode(column: "owner", as: String.self),
                    timeZone: try row.decode(column: "time_zone", as: String.self),
                    defaultRegion: try row.decode(column: "default_region", as: String?.self),
                    enabled: try row.decode(column: "enabled", as: Bool.self),
                    dedupKey: DedupKey(rawValue: key) ?? .externalID,
                    sharedWith: (shares[id] ?? []).map(\.grant),
                    keepInvalidNumbers: try row.decode(column: "keep_invalid_numbers", as: Bool.self),
                    locale: try row.decode(column: "locale", as: String?.self),
                    dateOrder: try row.decode(column: "date_order", as: String?.self).flatMap(DateOrder.init)),
                schema: try JSONText.decode([FieldDefinition].self, try row.decode(column: "schema", as: String.self)),
                shares: shares[id] ?? [],
                version: try row.decode(column: "version", as: Int.self),
                createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
                updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)))
        }
        let next = rows.count > limit ? lists.last.map { Cursor(lastID: $0.id) } : nil
        return Page(items: lists, nextCursor: next)
    }

    private static func checkNameFree(_ sql: any SQLDatabase, _ name: String, tenantID: Int64, except: Int64?) async throws {
        let row = try await sql.raw("SELECT id FROM lists WHERE tenant_id = \(bind: tenantID) AND name = \(bind: name)").first()
        if let row, try row.decode(column: "id", as: Int64.self) != except { throw nameTaken(name) }
    }

    /// Makes the list's shares the owner's grants: a tenant kept keeps its acceptance (its access
    /// may change), a tenant added gets a pending offer, a tenant left out loses the list. Whether
    /// a tenant exists is never looked at, so the answer says nothing about which tenants exist.
    private static func replaceShares(_ sql: any SQLDatabase, listID: Int64, grants: [ShareGrant], at now: Int64) async throws {
        let kept = grants.map(\.tenantID)
        if kept.isEmpty {
            try await sql.raw("DELETE FROM list_shares WHERE list_id = \(bind: listID)").run()
        } else {
            try await sql.raw("DELETE FROM list_shares WHERE list_id = \(bind: listID) AND tenant_id NOT IN (\(binds: kept))").run()
        }
        for grant in grants {
            try await sql.raw("""
                INSERT INTO list_shares (list_id, tenant_id, access, offered_at, accepted_at)
                VALUES (\(bind: listID), \(bind: grant.tenantID), \(bind: grant.access.rawValue), \(bind: now), NULL)
                ON CONFLICT (list_id, tenant_id) DO UPDATE SET access = excluded.access
                """).run()
        }
    }

    private static func offers(_ sql: any SQLDatabase, tenantID: Int64, listID: Int64?) async throws -> [ShareOffer] {
        let oneList: SQLQueryString = listID.map { " AND s.list_id = \(bind: $0)" } ?? ""
        let rows = try await sql.raw("""
            SELECT s.list_id, l.name, l.tenant_id, s.access, s.offered_at, s.accepted_at
            FROM list_shares s JOIN lists l ON l.id = s.list_id
            WHERE s.tenant_id = \(bind: tenantID)
            """ + oneList + " ORDER BY s.list_id").all()
        return try rows.map { row in
            ShareOffer(
                listID: try row.decode(column: "list_id", as: Int64.self),
                listName: try row.decode(column: "name", as: String.self),
                ownerTenantID: try row.decode(column: "tenant_id", as: Int64.self),
                access: ListAccess(rawValue: try row.decode(column: "access", as: String.self)) ?? .read,
                offeredAt: Millis.date(try row.decode(column: "offered_at", as: Int64.self)),
                acceptedAt: try row.decode(column: "accepted_at", as: Int64?.self).map(Millis.date))
        }
    }

    private static func noOffer(_ listID: Int64) -> DomainError {
        .notFound("list \(listID) is not offered to this tenant")
    }

    private static func hasContacts(_ sql: any SQLDatabase, listID: Int64) async throws -> Bool {
        try await sql.raw("SELECT id FROM contacts WHERE list_id = \(bind: listID) LIMIT 1").first() != nil
    }

    private static func deleteContacts(_ sql: any SQLDatabase, listID: Int64) async throws {
        let inList: SQLQueryString = "SELECT id FROM contacts WHERE list_id = \(bind: listID)"
        try await sql.raw("DELETE FROM contact_history WHERE contact_id IN (" + inList + ")").run()
        try await sql.raw("DELETE FROM contact_keys WHERE list_id = \(bind: listID)").run()
        try await sql.raw("DELETE FROM contacts WHERE list_id = \(bind: listID)").run()
    }

    private static func nameTaken(_ name: String) -> DomainError {
        .conflict(field: "name", reason: "the tenant already has a list named '\(name)'")
    }
}
