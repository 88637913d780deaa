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
        let limit = search.page.limit + 1
        // Conditions on the contact row itself: status and custom values.
        let filters = SearchConditions.status(search) + search.custom.map { criterion -> SQLQueryString in
            let document = (try? JSONText.encode(criterion.value)) ?? "null"
            return "(c.custom::jsonb -> \(bind: criterion.field)) = \(bind: document)::jsonb"
        }
        if terms.isEmpty {
            let conditions = SearchConditions.scope(search, lists: lists, listColumn: "c.list_id", idColumn: "c.id") + filters
            return "SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c WHERE " + conditions.joined(separator: " AND ")
                + " ORDER BY c.id LIMIT \(bind: limit)"
        }
        var matches = SearchConditions.scope(search, lists: lists, listColumn: "s.list_id", idColumn: "s.contact_id")
        for (column, text) in terms {
            matches.append("\(unsafeRaw: column) LIKE \(bind: "%" + Self.escapedForLike(text) + "%")")
        }
        if filters.isEmpty {
            // Text alone: find the page's ids in the side table first, then read just those contacts.
            return "SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c JOIN (SELECT s.contact_id FROM contact_search s WHERE "
                + matches.joined(separator: " AND ") + " ORDER BY s.contact_id LIMIT \(bind: limit)) m ON c.id = m.contact_id ORDER BY c.id"
        }
        return "SELECT \(unsafeRaw: ContactRow.columns) FROM contact_search s JOIN contacts c ON c.id = s.contact_id WHERE "
            + (matches + filters).joined(separator: " AND ") + " ORDER BY s.contact_id LIMIT \(bind: limit)"
    }

    /// `%`, `_` and the escape character itself are literal text in a person's search.
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
