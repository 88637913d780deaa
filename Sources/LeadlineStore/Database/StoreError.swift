import PostgresNIO
import SQLiteNIO

/// Failures of the store itself, as opposed to refused input.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case invalidLocation(String)
    case cannotConnect(engine: Engine, reason: String)
    case migrationFailed(version: Int, reason: String)
    /// A rebuilt table left rows pointing at nothing; the rebuild is rolled back.
    case danglingReference(table: String)
    /// The database holds migrations newer than this build knows: an older binary on a newer store.
    case schemaTooNew(found: Int, known: Int)

    public var description: String {
        switch self {
        case .invalidLocation(let reason): reason
        case .cannotConnect(let engine, let reason): "cannot connect to \(engine.rawValue): \(reason)"
        case .migrationFailed(let version, let reason): "migration \(version) failed: \(reason)"
        case .danglingReference(let table): "a rebuilt table left a row of \(table) pointing at nothing; nothing was changed"
        case .schemaTooNew(let found, let known):
            "the database is at migration \(found) but this build knows only up to \(known); run a newer leadline"
        }
    }

    /// Whether `error` is the engine refusing a duplicate in a unique index.
    static func isUniqueViolation(_ error: any Error) -> Bool {
        if let error = error as? SQLiteError {
            return error.reason == .constraintUniqueFailed || error.reason == .constraintPrimaryKeyFailed
        }
        if let error = error as? PSQLError {
            return error.serverInfo?[.sqlState] == "23505"
        }
        return false
    }
}
