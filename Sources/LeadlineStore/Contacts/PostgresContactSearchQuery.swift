import LeadlineCore
import SQLKit

/// PostgreSQL: substrings through `LIKE` on the pg_trgm-indexed side table, walked in contact
/// order; custom values compared as jsonb.
struct PostgresContactSearchQuery: ContactSearchQuery {
    func query(_ search: ContactSearch, lists: [Int64]) -> SQLQueryString {
        let terms = [
            search.name.map { ("s.search_name", $0) },
            search.phoneDigits.map { ("s.search_phones", $0) },
            search.email.map { ("s.search_emails", $0) },
        ].compactMap { $0 }
        var conditions: [SQLQueryString]
        let source: SQLQueryString
        let order: String
        if terms.isEmpty {
            source = "FROM contacts c"
            conditions = SharedSearchConditions.make(search, lists: lists, listColumn: "c.list_id", idColumn: "c.id")
            order = "c.id"
        } else {
            source = "FROM contact_search s JOIN contacts c ON c.id = s.contact_id"
            conditions = SharedSearchConditions.make(search, lists: lists, listColumn: "s.list_id", idColumn: "s.contact_id")
            for (column, text) in terms {
                conditions.append("\(unsafeRaw: column) LIKE \(bind: "%" + Self.escapedForLike(text) + "%")")
            }
            order = "s.contact_id"
        }
        for criterion in search.custom {
            let document = (try? JSONText.encode(criterion.value)) ?? "null"
            conditions.append("(c.custom::jsonb -> \(bind: criterion.field)) = \(bind: document)::jsonb")
        }
        return "SELECT \(unsafeRaw: ContactRow.columns) " + source + " WHERE " + conditions.joined(separator: " AND ")
            + " ORDER BY \(unsafeRaw: order) LIMIT \(bind: search.page.limit + 1)"
    }

    /// `%`, `_` and the escape character itself are literal text in a person's search.
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
