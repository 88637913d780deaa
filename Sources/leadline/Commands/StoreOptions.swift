import ArgumentParser
import Foundation
import LeadlineStore
import Logging

/// Where the store is: flags first, then `LEADLINE_*` environment variables, then `leadline.sqlite` here.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "SQLite database file (env LEADLINE_DB; default leadline.sqlite).")
    var sqlitePath: String?

    @Option(name: .customLong("postgres"), help: "PostgreSQL URL postgres://user:password@host:port/database (env LEADLINE_POSTGRES_URL).")
    var postgresURL: String?

    func validate() throws {
        if sqlitePath != nil && postgresURL != nil {
            throw ValidationError("give either --db or --postgres, not both")
        }
    }

    var location: DatabaseLocation {
        let environment = ProcessInfo.processInfo.environment
        if let postgresURL { return .postgres(url: postgresURL) }
        if let sqlitePath { return .sqlite(path: sqlitePath) }
        if let url = environment["LEADLINE_POSTGRES_URL"], !url.isEmpty { return .postgres(url: url) }
        return .sqlite(path: environment["LEADLINE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? DatabaseLocation.defaultSQLitePath)
    }

    /// Opens the store (migrating it), runs `body`, and closes it whatever happens.
    func withStore<T>(logger: Logger = Logger(label: "leadline"), _ body: (Store) async throws -> T) async throws -> T {
        let database = try await Database.open(location, logger: logger)
        do {
            let result = try await body(Store(database: database))
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }
}
