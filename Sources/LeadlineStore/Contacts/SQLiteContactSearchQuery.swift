import Foundation
import LeadlineCore
import SQLKit

/// SQLite: substrings through the FTS5 trigram table, walked in rowid order so the first page
/// stops early; custom values through `json_extract`.
struct SQLiteContactSearchQuery: ContactSearchQuery {
    func rows(_ search: ContactSearch, lists: [Int64], on sql: any SQLDatabase) async throws -> [any SQLRow] {
        try await sql.raw(query(search, lists: lists)).all()
    }

    func query(_ search: ContactSearch, lists: [Int64]) -> SQLQueryString {
        let terms = search.nameTerms.map { ("search_name", $0) } + [
            search.phoneDigits.map { ("search_phones", $0) },
            search.email.map { ("search_emails", $0) },
        ].compactMap { $0 }
        var conditions: [SQLQueryString]
        var source: SQLQueryString
        var order: String
        if terms.isEmpty {
            source = "FROM contacts c"
            conditions = SearchConditions.scope(search, lists: lists, listColumn: "c.list_id", idColumn: "c.id")
            order = "c.id"
        } else {
            // A quoted FTS5 string is matched as a substring by the trigram tokenizer; doubling
            // quotes keeps the person's text from being read as query syntax.
            let match = terms.map { column, text in "\(column) : \"\(text.replacingOccurrences(of: "\"", with: "\"\""))\"" }
                .joined(separator: " AND ")
            source = "FROM contact_search JOIN contacts c ON c.id = contact_search.rowid"
            conditions = ["contact_search MATCH \(bind: match)"]
                + SearchConditions.scope(search, lists: lists, listColumn: "c.list_id", idColumn: "contact_search.rowid")
            order = "contact_search.rowid"
        }
        conditions += SearchConditions.onContact(search, engine: .sqlite)
        for criterion in search.custom {
            conditions.append("json_extract(c.custom, \(bind: "$.\(criterion.field)")) = \(bind: Self.sqliteValue(criterion.value))")
        }
        return "SELECT \(unsafeRaw: ContactRow.columns) " + source + " WHERE " + conditions.joined(separator: " AND ")
            + " ORDER BY \(unsafeRaw: order) LIMIT \(bind: search.page.limit + 1)"
    }

    /// The value `json_extract` yields for a stored JSON value.
    private static func sqliteValue(_ value: JSONValue) -> any Encodable & Sendable {
        switch value {
        case .bool(let flag): flag ? 1 : 0
        case .integer(let number): number
        case .decimal(let number): NSDecimalNumber(decimal: number).doubleValue
        case .string(let text): text
        default: String(describing: value)
        }
    }
}
