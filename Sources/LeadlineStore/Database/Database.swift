import Logging
import SQLKit

/// The store's connection to its engine: reads run in parallel, writes run in transactions.
///
/// On SQLite one writer connection serializes all writes (as SQLite does anyway) while a few
/// reader connections serve queries in parallel through WAL. On PostgreSQL a pooled client
/// serves both.
public final class Database: Sendable {
    public let engine: Engine
    /// Where it is: a second server, or a test playing one, opens the same.
    public let location: DatabaseLocation
    private let backend: any DatabaseBackend

    init(engine: Engine, location: DatabaseLocation, backend: any DatabaseBackend) {
        self.engine = engine
        self.location = location
        self.backend = backend
    }

    /// Opens the store and brings its schema to the current migration.
    public static func open(_ location: DatabaseLocation, logger: Logger = Logger(label: "leadline.store")) async throws -> Database {
        try await open(location, logger: logger, migrations: Migration.all)
    }

    /// Opens the store with the first of the migrations only: how a test makes an older store.
    static func open(_ location: DatabaseLocation, logger: Logger, migrations: [Migration]) async throws -> Database {
        let database = switch location {
        case .sqlite(let path): Database(engine: .sqlite, location: location, backend: try await SQLiteBackend.open(path: path, logger: logger))
        case .postgres(let url): Database(engine: .postgres, location: location, backend: try await PostgresBackend.open(url: url, logger: logger))
        }
        do {
            try await Migrator(database: database, migrations: migrations).migrate()
        } catch {
            await database.close()
            throw error
        }
        return database
    }

    /// Another connection pool to the same database, as a second server would open.
    public func reopened() async throws -> Database {
        try await Database.open(location)
    }

    /// Runs queries that only read.
    public func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await backend.read(body)
    }

    /// Runs `body` in one transaction: all of its writes land, or none.
    public func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await backend.write(body)
    }

    /// Runs `body` in one transaction with foreign keys unenforced until it ends, for a migration
    /// that rebuilds a table others refer to; every reference is checked before the commit. On
    /// PostgreSQL, whose tables change in place, it is `write`.
    func writeRebuildingTables<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await backend.writeRebuildingTables(body)
    }

    /// Tidies up after a bulk load: fresh planner statistics on both engines; on PostgreSQL the
    /// trigram indexes' pending entries merged (VACUUM), on SQLite the search index's segments merged.
    public func optimizeAfterBulkLoad() async throws {
        switch engine {
        case .sqlite:
            try await write { sql in
                try await sql.raw("INSERT INTO contact_search (contact_search) VALUES ('optimize')").run()
                try await sql.raw("ANALYZE").run()
            }
        case .postgres:
            // VACUUM cannot run inside a transaction, so it goes through a plain connection.
            try await read { sql in try await sql.raw("VACUUM (ANALYZE) contacts, contact_search, contact_keys, contact_history").run() }
        }
    }

    public func close() async {
        await backend.close()
    }
}

/// One engine's way of handing out connections.
protocol DatabaseBackend: Sendable {
    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func writeRebuildingTables<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func close() async
}

extension SQLDatabase {
    /// Runs `body` between BEGIN and COMMIT, rolling back when it throws.
    func transaction<T: Sendable>(begin: String, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await raw(SQLQueryString(begin)).run()
        do {
            let result = try await body(self)
            try await raw("COMMIT").run()
            return result
        } catch {
            try? await raw("ROLLBACK").run()
            throw error
        }
    }
}
