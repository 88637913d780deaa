import LeadlineCore
import SQLKit

/// The engine-specific part of contact search: how substrings hit each engine's trigram index
/// and how custom values are read out of the JSON document. Everything else is shared.
protocol ContactSearchQuery: Sendable {
    func query(_ search: ContactSearch, lists: [Int64]) -> SQLQueryString
}

enum ContactSearchQueries {
    static func make(for engine: Engine) -> any ContactSearchQuery {
        switch engine {
        case .sqlite: SQLiteContactSearchQuery()
        case .postgres: PostgresContactSearchQuery()
        }
    }
}

/// Conditions both engines write alike: list scope, cursor, status.
enum SharedSearchConditions {
    static func make(_ search: ContactSearch, lists: [Int64], listColumn: String = "c.list_id", idColumn: String) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = [
            "\(unsafeRaw: listColumn) IN (\(binds: lists))",
            "\(unsafeRaw: idColumn) > \(bind: search.page.after?.lastID ?? 0)",
        ]
        if let status = search.status { conditions.append("c.status = \(bind: status.rawValue)") }
        return conditions
    }
}
