import SQLKit

/// One numbered step of the schema, with its statements for each engine.
struct Migration: Sendable {
    var version: Int
    var name: String
    var sqlite: [String]
    var postgres: [String]
    /// Tables whose ids become `AUTOINCREMENT` on SQLite, rebuilt before the statements run, so
    /// that an id once handed out is never handed out again.
    var sqliteNeverReuseIDs: [SQLiteIDTable] = []
    /// Rows rewritten in Swift after the statements, in the same transaction: what SQL alone cannot compute.
    var rewrite: (@Sendable (any SQLDatabase) async throws -> Void)?

    func statements(for engine: Engine) -> [String] {
        switch engine {
        case .sqlite: sqlite
        case .postgres: postgres
        }
    }

    /// Every migration, in order. Append only: a released migration never changes.
    static let all: [Migration] = [
        .m001CreateTables, .m002SearchIndexes, .m003KeepInvalidNumbers, .m004ContactState, .m005Processes, .m006DataSources,
        .m007FiltersBulkWorkBlacklists, .m008ListShareOffers, .m009IDsNeverReused, .m010HowPeopleWrite, .m011NamesSearchedAsTyped,
        .m012Campaigns, .m013Callbacks, .m014Messaging, .m015Users,
    ]
}
