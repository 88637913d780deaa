import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit

/// SQLite in WAL mode: one writer connection and a few readers over the same file.
final class SQLiteBackend: DatabaseBackend {
    static let readerCount = 4

    private let writer: ConnectionPool<SQLiteConnection>
    private let readers: ConnectionPool<SQLiteConnection>
    private let threadPool: NIOThreadPool
    private let logger: Logger

    private init(writer: SQLiteConnection, readers: [SQLiteConnection], threadPool: NIOThreadPool, logger: Logger) {
        self.writer = ConnectionPool([writer])
        self.readers = ConnectionPool(readers)
        self.threadPool = threadPool
        self.logger = logger
    }

    static func open(path: String, logger: Logger) async throws -> SQLiteBackend {
        let threadPool = NIOThreadPool(numberOfThreads: readerCount + 1)
        threadPool.start()
        let eventLoop = MultiThreadedEventLoopGroup.singleton.any()
        func connect(reader: Bool) async throws -> SQLiteConnection {
            let connection = try await SQLiteConnection.open(storage: .file(path: path), threadPool: threadPool, logger: logger, on: eventLoop)
            let sql = connection.sql()
            try await sql.raw("PRAGMA busy_timeout = 10000").run()
            try await sql.raw("PRAGMA foreign_keys = ON").run()
            try await sql.raw("PRAGMA synchronous = NORMAL").run()
            try await sql.raw("PRAGMA cache_size = -65536").run()
            try await sql.raw("PRAGMA temp_store = MEMORY").run()
            if reader { try await sql.raw("PRAGMA query_only = ON").run() }
            return connection
        }
        do {
            let writer = try await connect(reader: false)
            try await writer.sql().raw("PRAGMA journal_mode = WAL").run()
            var readers: [SQLiteConnection] = []
            for _ in 0..<readerCount { readers.append(try await connect(reader: true)) }
            return SQLiteBackend(writer: writer, readers: readers, threadPool: threadPool, logger: logger)
        } catch {
            try? await threadPool.shutdownGracefully()
            throw error
        }
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await readers.withConnection { try await body($0.sql()) }
    }

    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        // IMMEDIATE takes the write lock at BEGIN, so a transaction never fails half-way on a busy lock.
        try await writer.withConnection { try await $0.sql().transaction(begin: "BEGIN IMMEDIATE", body) }
    }

    /// SQLite ignores `PRAGMA foreign_keys` inside a transaction, so it is turned off around one;
    /// `foreign_key_check` then proves nothing was left dangling before the commit.
    func writeRebuildingTables<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await writer.withConnection { connection in
            let sql = connection.sql()
            try await sql.raw("PRAGMA foreign_keys = OFF").run()
            do {
                let result = try await sql.transaction(begin: "BEGIN IMMEDIATE") { sql in
                    let value = try await body(sql)
                    if let broken = try await sql.raw("PRAGMA foreign_key_check").first() {
                        throw StoreError.danglingReference(table: (try? broken.decode(column: "table", as: String.self)) ?? "?")
                    }
                    return value
                }
                try await sql.raw("PRAGMA foreign_keys = ON").run()
                return result
            } catch {
                try? await sql.raw("PRAGMA foreign_keys = ON").run()
                throw error
            }
        }
    }

    func close() async {
        for connection in await readers.drain(count: Self.readerCount) + writer.drain(count: 1) {
            try? await connection.close()
        }
        try? await threadPool.shutdownGracefully()
    }
}
