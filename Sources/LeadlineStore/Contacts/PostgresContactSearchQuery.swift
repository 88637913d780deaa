import LeadlineCore
import SQLKit

/// PostgreSQL: substrings through `LIKE` on pg_trgm GIN indexes; custom values compared as jsonb.
struct PostgresContactSearchQuery: ContactSearchQuery {
    func query(_ search: ContactSearch, lists: [Int64]) -> SQLQueryString {
        var conditions = SharedSearchConditions.make(search, lists: lists, idColumn: "c.id")
        let terms = [
            search.name.map { ("c.search_name", $0) },
            search.phoneDigits.map { ("c.search_phones", $0) },
            search.email.map { ("c.search_emails", $0) },
        ].compactMap { $0 }
        for (column, text) in terms {
            conditions.append("\(unsafeRaw: column) LIKE \(bind: "%" + Self.escapedForLike(text) + "%")")
        }
        for criterion in search.custom {
            let document = (try? JSONText.encode(criterion.value)) ?? "null"
            conditions.append("(c.custom::jsonb -> \(bind: criterion.field)) = \(bind: document)::jsonb")
        }
        return "SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c WHERE " + conditions.joined(separator: " AND ")
            + " ORDER BY c.id LIMIT \(bind: search.page.limit + 1)"
    }

    /// `%`, `_` and the escape character itself are literal text in a person's search.
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
