import LeadlineCore
import SQLKit

/// PostgreSQL: substrings through `LIKE` on the pg_trgm-indexed side table; custom values
/// compared as jsonb.
///
/// The planner cannot tell from a pattern how many rows it matches, and either of its plans is
/// slow when it guesses wrong: walking contacts in id order is fast for a common substring and
/// scans the whole list for a rare one; the trigram index is fast for a rare substring and reads
/// every match of a common one. So a text search first walks a bounded window in id order, and
/// only when the window holds less than a page does it ask the trigram index for the rest.
struct PostgresContactSearchQuery: ContactSearchQuery {
    /// Rows of the side table the first step reads at most: a few milliseconds' work.
    static let window = 20_000

    func rows(_ search: ContactSearch, lists: [Int64], on sql: any SQLDatabase) async throws -> [any SQLRow] {
        let limit = search.page.limit + 1
        // Conditions on the contact row itself: status and custom values.
        let filters = SearchConditions.onContact(search, engine: .postgres) + search.custom.map { criterion -> SQLQueryString in
            let document = (try? JSONText.encode(criterion.value)) ?? "null"
            return "(c.custom::jsonb -> \(bind: criterion.field)) = \(bind: document)::jsonb"
        }
        let terms: [SQLQueryString] = (search.nameTerms.map { ("s.search_name", $0) } + [
            search.phoneDigits.map { ("s.search_phones", $0) },
            search.email.map { ("s.search_emails", $0) },
        ].compactMap { $0 }).map { column, text in
            "\(unsafeRaw: column) LIKE \(bind: "%" + Self.escapedForLike(text) + "%")"
        }
        guard !terms.isEmpty else {
            let conditions = SearchConditions.scope(search, lists: lists, listColumn: "c.list_id", idColumn: "c.id") + filters
            return try await sql.raw("SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c WHERE "
                + conditions.joined(separator: " AND ") + " ORDER BY c.id LIMIT \(bind: limit)").all()
        }
        let scope = SearchConditions.scope(search, lists: lists, listColumn: "list_id", idColumn: "contact_id")
        let join: SQLQueryString = filters.isEmpty ? "" : " JOIN contacts c ON c.id = s.contact_id"
        let matching = (terms + filters).joined(separator: " AND ")
        let windowed: SQLQueryString = "SELECT s.contact_id FROM (SELECT * FROM contact_search WHERE "
            + scope.joined(separator: " AND ") + " ORDER BY contact_id LIMIT \(bind: Self.window)) s" + join
            + " WHERE " + matching + " ORDER BY s.contact_id LIMIT \(bind: limit)"
        var ids = try await sql.raw(windowed).all().map { try $0.decode(column: "contact_id", as: Int64.self) }
        if ids.count < limit {
            // Ordering by an expression keeps the planner off the id-order walk: it must use the index.
            let indexed: SQLQueryString = "SELECT s.contact_id FROM contact_search s" + join + " WHERE "
                + SearchConditions.scope(search, lists: lists, listColumn: "s.list_id", idColumn: "s.contact_id").joined(separator: " AND ")
                + " AND " + matching + " ORDER BY s.contact_id + 0 LIMIT \(bind: limit)"
            ids = try await sql.raw(indexed).all().map { try $0.decode(column: "contact_id", as: Int64.self) }
        }
        guard !ids.isEmpty else { return [] }
        return try await sql.raw("SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c WHERE c.id IN (\(binds: ids)) ORDER BY c.id").all()
    }

    /// `%`, `_` and the escape character itself are literal text in a person's search.
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
