import Foundation
import LeadlineCore
import SQLKit

struct SQLBlacklistRepository: BlacklistRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let columns = "id, name, medium, uri, reason, expires_at, created_at, created_by"

    func add(_ entries: [BlacklistEntry.Input], tenantID: Int64, actor: String) async throws -> Int {
        let now = Millis.from(clock())
        // PostgreSQL refuses to update one row twice in a statement: the last of several rows for
        // one URI and medium wins here, as it would one by one.
        var latest: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { latest["\(entry.medium.rawValue) \(entry.uri)"] = index }
        let unique = entries.indices.filter { latest["\(entries[$0].medium.rawValue) \(entries[$0].uri)"] == $0 }.map { entries[$0] }
        return try await database.write { sql in
            var added = 0
            let rows = BulkRows(sql)
            for chunk in unique.chunked(by: ContactWrites.rowsPerDocument) {
                let document = JSONDocument.rows(chunk.map { entry in
                    [.string(entry.name), .string(entry.medium.rawValue), .string(entry.uri.description), .string(entry.uri.kind),
                     .string(entry.reason), entry.expiresAt.map { .integer(Millis.from($0)) } ?? .null]
                })
                // Entries already listed are replaced, not added; the unique index finds them.
                let listed = try await sql.raw("""
                    SELECT uri, medium FROM blacklist_entries
                    WHERE tenant_id = \(bind: tenantID) AND uri IN (\(binds: Array(Set(chunk.map(\.uri.description)))))
                    """).all().map { "\(try $0.decode(column: "medium", as: String.self)) \(try $0.decode(column: "uri", as: String.self))" }
                added += chunk.count - Set(listed).intersection(chunk.map { "\($0.medium.rawValue) \($0.uri)" }).count
                // `WHERE true` keeps SQLite from reading ON CONFLICT as a join's ON.
                try await sql.raw("""
                    INSERT INTO blacklist_entries (tenant_id, name, medium, uri, kind, reason, expires_at, created_at, created_by)
                    SELECT \(bind: tenantID), \(rows.text(0)), \(rows.text(1)), \(rows.text(2)), \(rows.text(3)), \(rows.text(4)),
                        \(rows.bigint(5)), \(bind: now), \(bind: actor) FROM \(rows.source(document)) WHERE true
                    ON CONFLICT (tenant_id, uri, medium) DO UPDATE SET name = excluded.name, reason = excluded.reason,
                        expires_at = excluded.expires_at
                    """).run()
            }
            return added
        }
    }

    func remove(id: Int64, tenantID: Int64) async throws {
        try await database.write { sql in
            let removed = try await sql.raw("DELETE FROM blacklist_entries WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID) RETURNING id").first()
            guard removed != nil else { throw DomainError.notFound("blacklist entry \(id) does not exist") }
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> BlacklistEntry? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM blacklist_entries WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)")
                .first().map(Self.entry)
        }
    }

    func find(uri: BlacklistURI, medium: BlacklistMedium, tenantID: Int64) async throws -> BlacklistEntry? {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM blacklist_entries
                WHERE tenant_id = \(bind: tenantID) AND uri = \(bind: uri.description) AND medium = \(bind: medium.rawValue)
                """).first().map(Self.entry)
        }
    }

    func search(_ text: String?, tenantID: Int64, page: PageRequest) async throws -> Page<BlacklistEntry> {
        try await database.read { sql in
            var conditions: [SQLQueryString] = ["tenant_id = \(bind: tenantID)", "id > \(bind: page.after?.lastID ?? 0)"]
            if let text, !text.isEmpty {
                let pattern = "%" + FilterSQL.escapedForLike(text.lowercased()) + "%"
                conditions.append("(lower(uri) LIKE \(bind: pattern) ESCAPE '\\' OR lower(name) LIKE \(bind: pattern) ESCAPE '\\')")
            }
            let rows = try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM blacklist_entries WHERE "
                + conditions.joined(separator: " AND ") + " ORDER BY id LIMIT \(bind: page.limit + 1)").all()
            let entries = try rows.prefix(page.limit).map(Self.entry)
            return Page(items: entries, nextCursor: rows.count > page.limit ? entries.last.map { Cursor(lastID: $0.id) } : nil)
        }
    }

    func candidates(numbers: Set<String>, emails: Set<String>, tenantID: Int64) async throws -> [BlacklistEntry] {
        try await database.read { sql in try await Self.candidates(numbers: numbers, emails: emails, tenantID: tenantID, on: sql) }
    }

    /// The screen of contents being written, in the caller's transaction.
    static func screen(_ contents: [ContactContent], tenantID: Int64, at now: Date, on sql: any SQLDatabase) async throws -> BlacklistScreen {
        let numbers = Set(contents.flatMap { $0.phones.map(\.e164).filter { !$0.isEmpty } })
        let emails = Set(contents.flatMap(\.emails))
        return BlacklistScreen(candidates: try await candidates(numbers: numbers, emails: emails, tenantID: tenantID, on: sql), now: now)
    }

    static func candidates(numbers: Set<String>, emails: Set<String>, tenantID: Int64, on sql: any SQLDatabase) async throws -> [BlacklistEntry] {
        var uris: Set<String> = []
        for number in numbers {
            uris.insert(number)
            // Every prefix of the number, as prefix entries are written: `+1415*`.
            var prefix = ""
            for character in number {
                prefix.append(character)
                if prefix.count >= 2 { uris.insert(prefix + "*") }
            }
        }
        for address in emails {
            let lowered = address.lowercased()
            uris.insert(lowered)
            guard let at = lowered.lastIndex(of: "@") else { continue }
            var domain = lowered[lowered.index(after: at)...]
            while domain.contains(".") {
                uris.insert("@" + domain)
                domain = domain[domain.index(after: domain.firstIndex(of: ".")!)...]
            }
        }
        var found: [BlacklistEntry] = []
        for chunk in Array(uris).chunked(by: ContactWrites.rowsPerStatement) {
            found += try await sql.raw("""
                SELECT \(unsafeRaw: columns) FROM blacklist_entries WHERE tenant_id = \(bind: tenantID) AND uri IN (\(binds: Array(chunk)))
                """).all().map(entry)
        }
        return found.sorted { $0.id < $1.id }
    }

    private static func entry(_ row: any SQLRow) throws -> BlacklistEntry {
        BlacklistEntry(
            id: try row.decode(column: "id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            medium: BlacklistMedium(rawValue: try row.decode(column: "medium", as: String.self)) ?? .any,
            uri: try BlacklistURI.parse(try row.decode(column: "uri", as: String.self)),
            reason: try row.decode(column: "reason", as: String.self),
            expiresAt: try row.decode(column: "expires_at", as: Int64?.self).map(Millis.date),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            createdBy: try row.decode(column: "created_by", as: String.self))
    }
}
