import SQLKit

/// Rows passed to a statement as one JSON array of arrays, read back column by column in each
/// engine's JSON syntax. The document is a bound value; the column numbers are constants.
struct BulkRows {
    private let postgres: Bool

    init(_ sql: any SQLDatabase) {
        postgres = sql.dialect.name == "postgresql"
    }

    /// The rows as a table source: `json_each(?)` on SQLite, `json_array_elements(?::json) AS r` on PostgreSQL.
    func source(_ document: String) -> SQLQueryString {
        postgres ? "json_array_elements(\(bind: document)::json) AS r" : "json_each(\(bind: document))"
    }

    func text(_ column: Int) -> SQLQueryString {
        postgres ? "r->>\(unsafeRaw: String(column))" : "value->>\(unsafeRaw: String(column))"
    }

    func integer(_ column: Int) -> SQLQueryString {
        postgres ? "(r->>\(unsafeRaw: String(column)))::integer" : "value->>\(unsafeRaw: String(column))"
    }

    func bigint(_ column: Int) -> SQLQueryString {
        postgres ? "(r->>\(unsafeRaw: String(column)))::bigint" : "value->>\(unsafeRaw: String(column))"
    }

    /// A column of the updated table, kept from its index on SQLite: given `job_id = ?`, SQLite's
    /// planner would walk the job's whole index range and scan the document for each row.
    func unindexed(_ column: String) -> SQLQueryString {
        postgres ? "\(unsafeRaw: column)" : "+\(unsafeRaw: column)"
    }
}
