import SQLKit

extension Migration {
    /// An id names one object for ever: the deleted-contacts report, histories and process lists
    /// point at ids, so a deleted contact's id handed to the next one would name a different
    /// person. PostgreSQL's identity columns never go back; SQLite hands out the largest id plus
    /// one, so deleting the newest row gave its id again, unless the table is `AUTOINCREMENT`.
    static let m009IDsNeverReused = Migration(
        version: 9,
        name: "ids never reused",
        sqlite: [],
        postgres: [],
        sqliteNeverReuseIDs: [
            SQLiteIDTable("tenants"), SQLiteIDTable("tokens"), SQLiteIDTable("fields"), SQLiteIDTable("lists"),
            // Contacts already deleted still name their ids in the report and in history.
            SQLiteIDTable("contacts", alsoNamedBy: ["deleted_contacts.contact_id", "contact_history.contact_id"]),
            SQLiteIDTable("contact_history"), SQLiteIDTable("processes", alsoNamedBy: ["deleted_contacts.process_id"]),
            SQLiteIDTable("mapping_templates"), SQLiteIDTable("data_sources"), SQLiteIDTable("filter_templates"),
            SQLiteIDTable("deleted_contacts"), SQLiteIDTable("blacklist_entries"),
        ]
    )
}

/// A SQLite table rebuilt with `id INTEGER PRIMARY KEY AUTOINCREMENT`, by SQLite's own procedure
/// for schema changes ALTER TABLE cannot make: a copy under a new name, the old one dropped, the
/// copy renamed, its indexes and triggers made again.
struct SQLiteIDTable: Sendable {
    var name: String
    /// Columns elsewhere that hold ids of this table, so that the next id is past them too.
    var alsoNamedBy: [String]

    init(_ name: String, alsoNamedBy: [String] = []) {
        self.name = name
        self.alsoNamedBy = alsoNamedBy
    }

    func rebuild(on sql: any SQLDatabase) async throws {
        guard let create = try await sql.raw("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = \(bind: name)").first()?
            .decode(column: "sql", as: String.self)
        else { throw StoreError.migrationFailed(version: 9, reason: "table \(name) does not exist") }
        guard !create.contains("AUTOINCREMENT") else { return }
        let copy = "\(name)_v9"
        let rewritten = create
            .replacingOccurrences(of: "CREATE TABLE \(name) (", with: "CREATE TABLE \(copy) (")
            .replacingOccurrences(of: "id INTEGER PRIMARY KEY,", with: "id INTEGER PRIMARY KEY AUTOINCREMENT,")
        guard rewritten.contains(copy), rewritten.contains("AUTOINCREMENT") else {
            throw StoreError.migrationFailed(version: 9, reason: "table \(name) is not in the form this migration rebuilds")
        }
        let dependents = try await sql.raw("""
            SELECT sql FROM sqlite_schema WHERE tbl_name = \(bind: name) AND type IN ('index', 'trigger') AND sql IS NOT NULL
            ORDER BY type, name
            """).all().map { try $0.decode(column: "sql", as: String.self) }
        try await sql.raw(SQLQueryString(rewritten)).run()
        try await sql.raw(SQLQueryString("INSERT INTO \(copy) SELECT * FROM \(name)")).run()
        try await sql.raw(SQLQueryString("DROP TABLE \(name)")).run()
        try await sql.raw(SQLQueryString("ALTER TABLE \(copy) RENAME TO \(name)")).run()
        for statement in dependents { try await sql.raw(SQLQueryString(statement)).run() }
        var highest = "(SELECT MAX(id) FROM \(name))"
        for column in alsoNamedBy {
            let parts = column.split(separator: ".")
            highest = "MAX(COALESCE(\(highest), 0), COALESCE((SELECT MAX(\(parts[1])) FROM \(parts[0])), 0))"
        }
        try await sql.raw(SQLQueryString("DELETE FROM sqlite_sequence WHERE name = '\(name)'")).run()
        try await sql.raw(SQLQueryString("INSERT INTO sqlite_sequence (name, seq) SELECT '\(name)', COALESCE(\(highest), 0)")).run()
    }
}
