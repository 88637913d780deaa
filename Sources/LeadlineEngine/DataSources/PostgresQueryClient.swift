import Foundation
import LeadlineCSV
import LeadlineCore
import Logging
import PostgresNIO

/// Runs a data source's query on an external PostgreSQL in a read-only session with a time
/// limit, each row turned to text through `row_to_json`, so columns of any type read as a file's cells.
public struct PostgresQueryClient: ExternalQueryClient {
    public var timeoutSeconds: Int

    public init(timeoutSeconds: Int = 600) {
        self.timeoutSeconds = timeoutSeconds
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public func export(url: String, sql: String, to path: String) async throws -> Int {
        do {
            return try await run(url: url, sql: sql, to: path)
        } catch let error as PSQLError {
            // The server's own words (a syntax error, a read-only refusal), not PostgresNIO's guarded summary.
            throw Failure(description: error.serverInfo?[.message] ?? "the database could not be reached (\(error.code))")
        }
    }

    private func run(url: String, sql: String, to path: String) async throws -> Int {
        guard let components = URLComponents(string: url), let host = components.host else { throw Failure(description: "the URL names no host") }
        let configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres", password: components.password,
            database: components.path.count > 1 ? String(components.path.dropFirst()) : nil, tls: .disable)
        let client = PostgresClient(configuration: configuration, backgroundLogger: Logger(label: "leadline.datasource"))
        return try await withThrowingTaskGroup(of: Int?.self) { group in
            group.addTask {
                await client.run()
                return nil
            }
            group.addTask {
                try await client.withConnection { connection in
                    try await connection.query(PostgresQuery(unsafeSQL: "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), logger: connection.logger)
                    try await connection.query(PostgresQuery(unsafeSQL: "SET statement_timeout = '\(timeoutSeconds)s'"), logger: connection.logger)
                    // The query runs as a subquery: one statement, its rows as JSON text in column order.
                    let rows = try await connection.query(
                        PostgresQuery(unsafeSQL: "SELECT q.*, row_to_json(q)::text AS leadline_row FROM (\(sql)) q"), logger: connection.logger)
                    return try await write(rows, to: path)
                }
            }
            defer { group.cancelAll() }
            while let result = try await group.next() {
                if let count = result { return count }
            }
            return 0
        }
    }

    private func write(_ rows: PostgresRowSequence, to path: String) async throws -> Int {
        let sink = try FileSink(path: path)
        var writer = CSVWriter(dialect: CSVDialect(), neutralizeFormulas: false)
        var columns: [String]?
        var count = 0
        for try await row in rows {
            let cells = row.makeRandomAccess()
            if columns == nil {
                let names = (0..<cells.count - 1).map { cells[$0].columnName }
                try sink.write { writer.write(names, into: &$0) }
                columns = names
            }
            let json = try cells[cells.count - 1].decode(String.self)
            let object = try JSONDecoder().decode([String: JSONValue].self, from: Data(json.utf8))
            try sink.write { writer.write(columns!.map { object[$0]?.cellText ?? "" }, into: &$0) }
            count += 1
        }
        try sink.close()
        if columns == nil { throw Failure(description: "the query returned no rows") }
        return count
    }
}
