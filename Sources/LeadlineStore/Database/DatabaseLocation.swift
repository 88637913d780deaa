/// Where the store lives: an SQLite file, or a PostgreSQL server given by URL.
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    /// `postgres://user:password@host:port/database?sslmode=disable|prefer|require`
    case postgres(url: String)

    public static let defaultSQLitePath = "leadline.sqlite"

    public var engine: Engine {
        switch self {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }
}
