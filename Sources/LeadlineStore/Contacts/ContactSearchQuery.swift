import LeadlineCore
import SQLKit

/// The engine-specific part of contact search: how substrings hit each engine's trigram index
/// and how custom values are read out of the JSON document. Everything else is shared.
protocol ContactSearchQuery: Sendable {
    /// The rows of the page's contacts, in id order, one more than the page holds when more follow.
    func rows(_ search: ContactSearch, lists: [Int64], on sql: any SQLDatabase) async throws -> [any SQLRow]
}

enum ContactSearchQueries {
    static func make(for engine: Engine) -> any ContactSearchQuery {
        switch engine {
        case .sqlite: SQLiteContactSearchQuery()
        case .postgres: PostgresContactSearchQuery()
        }
    }
}

/// Conditions both engines write alike.
enum SearchConditions {
    /// The lists searched and where the page starts.
    static func scope(_ search: ContactSearch, lists: [Int64], listColumn: String, idColumn: String) -> [SQLQueryString] {
        [
            "\(unsafeRaw: listColumn) IN (\(binds: lists))",
            "\(unsafeRaw: idColumn) > \(bind: search.page.after?.lastID ?? 0)",
        ]
    }

    /// The contact's status, when the search names one, and the search's filter.
    static func onContact(_ search: ContactSearch, engine: Engine) -> [SQLQueryString] {
        (search.status.map { ["c.status = \(bind: $0.rawValue)"] } ?? []) + (search.filter.map { [FilterSQL(engine: engine).condition($0)] } ?? [])
    }
}
