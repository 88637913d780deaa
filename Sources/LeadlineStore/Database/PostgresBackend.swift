import Foundation
import Logging
import PostgresKit
import PostgresNIO
import SQLKit

/// PostgreSQL through postgres-nio's pooled client, which runs as a background task.
final class PostgresBackend: DatabaseBackend {
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    private init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
        self.runner = Task { await client.run() }
    }

    static func open(url: String, logger: Logger) async throws -> PostgresBackend {
        let backend = PostgresBackend(client: PostgresClient(configuration: try configuration(url: url), backgroundLogger: logger), logger: logger)
        // Let the client's run loop start before the first lease, which it would otherwise warn about.
        await Task.yield()
        do {
            _ = try await backend.read { try await $0.raw("SELECT 1").all() }
        } catch {
            await backend.close()
            throw StoreError.cannotConnect(engine: .postgres, reason: String(reflecting: error))
        }
        return backend
    }

    /// Reads `postgres://user:password@host:port/database?sslmode=...`.
    static func configuration(url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let host = components.host, !host.isEmpty
        else {
            throw StoreError.invalidLocation("'\(url)' is not a URL of the form postgres://user:password@host:port/database")
        }
        let tls: PostgresClient.Configuration.TLS
        switch components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "disable" {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(.makeClientConfiguration())
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        case let mode: throw StoreError.invalidLocation("sslmode '\(mode)' is not one of disable, prefer, require")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database.isEmpty ? nil : database, tls: tls)
        configuration.options.maximumConnections = 16
        return configuration
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { try await body($0.sql()) }
    }

    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { try await $0.sql().transaction(begin: "BEGIN", body) }
    }

    func writeRebuildingTables<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await write(body)
    }

    func close() async {
        runner.cancel()
        await runner.value
    }
}
