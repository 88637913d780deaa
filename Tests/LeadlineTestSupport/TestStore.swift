import Foundation
import LeadlineStore

/// A fresh, migrated store on one engine for one test, removed afterwards.
public enum TestStore {
    /// Runs `body` with a new empty store.
    ///
    /// - Parameter skip: called when PostgreSQL cannot run here (and CI does not require it), with the reason.
    public static func with<T>(
        _ engine: Engine, clock: @escaping @Sendable () -> Date = Date.init,
        skip: (String) throws -> Never, _ body: (Store) async throws -> T
    ) async throws -> T {
        let location = try await location(engine, skip: skip)
        let database = try await Database.open(location)
        defer { if case .sqlite(let path) = location { removeSQLite(path) } }
        do {
            let result = try await body(Store(database: database, clock: clock))
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }

    public static func location(_ engine: Engine, skip: (String) throws -> Never) async throws -> DatabaseLocation {
        switch engine {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-test-\(UUID().uuidString).sqlite").path
            return .sqlite(path: path)
        case .postgres:
            if let reason = PostgresServer.unavailableReason {
                if PostgresServer.isRequired { throw HarnessError("PostgreSQL is required (LEADLINE_TEST_REQUIRE_POSTGRES=1) but \(reason)") }
                _ = announceSkip
                try skip("PostgreSQL cases skipped: \(reason)")
            }
            return .postgres(url: try await PostgresServer.shared.createDatabase())
        }
    }

    /// Swift Testing's console does not show why a case was cancelled, so the reason is printed once here.
    private static let announceSkip: Void = {
        let reason = PostgresServer.unavailableReason ?? "unknown"
        FileHandle.standardError.write(Data("⚠️ PostgreSQL cases skipped: \(reason)\n".utf8))
    }()

    public static func removeSQLite(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
