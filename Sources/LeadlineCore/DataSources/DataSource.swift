import Foundation

/// A saved import or export: where its files or rows come from (or, for an export, the folder
/// it writes to), how they are read and mapped or written, and when it runs. Each run makes one
/// process per file.
public struct DataSource: Sendable, Equatable {
    public var id: Int64
    public var tenantID: Int64
    public var listID: Int64
    public var name: String
    public var location: DataSourceLocation
    /// `.import` reads the location; `.export` writes `[list id].export.[stamp].csv` into its directory.
    public var settings: ProcessSettings
    public var schedule: ScheduleInput
    public var enabled: Bool
    public var nextRunAt: Date?
    public var lastRunAt: Date?
    public var createdAt: Date

    public init(
        id: Int64, tenantID: Int64, listID: Int64, name: String, location: DataSourceLocation, settings: ProcessSettings,
        schedule: ScheduleInput, enabled: Bool, nextRunAt: Date?, lastRunAt: Date?, createdAt: Date
    ) {
        self.id = id
        self.tenantID = tenantID
        self.listID = listID
        self.name = name
        self.location = location
        self.settings = settings
        self.schedule = schedule
        self.enabled = enabled
        self.nextRunAt = nextRunAt
        self.lastRunAt = lastRunAt
        self.createdAt = createdAt
    }
}

/// Where a data source reads.
public enum DataSourceLocation: Sendable, Equatable, Codable {
    /// A file path, or a glob in its last part (`/in/leads-*.csv`).
    case file(path: String)
    /// A directory and a file-name pattern, where `$rdatetime$` picks the newest stamp.
    case directory(path: String, pattern: String)
    /// A read-only query against an external PostgreSQL; its columns are the file's columns.
    case query(url: String, sql: String)

    public static let maximumQueryLength = 4000

    /// Checks the location; a path must lie under one of `roots`, the folders the operator opened for imports.
    public func check(roots: [String]) throws(ValidationFailure) {
        switch self {
        case .file(let path), .directory(let path, _):
            let standard = (path as NSString).standardizingPath
            guard standard.hasPrefix("/"), roots.contains(where: { standard == $0 || standard.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
                throw ValidationFailure(
                    field: "location.path",
                    reason: "must be an absolute path under \(roots.joined(separator: " or ")) (the folders opened for imports, LEADLINE_IMPORT_DIRS)")
            }
            if case .directory(_, let pattern) = self, pattern.isEmpty || pattern.contains("/") {
                throw ValidationFailure(field: "location.pattern", reason: "must be a file name pattern such as leads_$rdatetime$.csv")
            }
        case .query(let url, let sql):
            var issues = IssueCollector()
            if !(url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")) || URLComponents(string: url)?.host == nil {
                issues.add("location.url", "must be a PostgreSQL URL such as postgres://reader@db.example.com:5432/crm")
            }
            if sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || sql.count > Self.maximumQueryLength {
                issues.add("location.sql", "must be a query of 1 to \(Self.maximumQueryLength) characters")
            }
            try issues.check()
        }
    }
}

/// A data source as a person sends it.
public struct DataSourceInput: Sendable, Decodable, ClosedInput {
    public var name: String
    public var listId: Int64
    public var location: DataSourceLocation
    public var settings: ImportSettings?
    /// Given, the source is a scheduled export into its location's directory.
    public var export: ExportSettings?
    public var schedule: ScheduleInput
    public var enabled: Bool?

    public enum CodingKeys: String, CodingKey, CaseIterable { case name, listId, location, settings, export, schedule, enabled }

    public init(
        name: String, listId: Int64, location: DataSourceLocation, settings: ImportSettings? = nil, export: ExportSettings? = nil,
        schedule: ScheduleInput, enabled: Bool? = nil
    ) {
        self.name = name
        self.listId = listId
        self.location = location
        self.settings = settings
        self.export = export
        self.schedule = schedule
        self.enabled = enabled
    }

    /// What each run does.
    public var processSettings: ProcessSettings {
        if var export, case .directory(let path, _) = location {
            export.directory = path
            return .export(export)
        }
        return .import(settings ?? ImportSettings())
    }

    /// Checks every part and gives the first run after `now`.
    public func check(roots: [String], now: Date) throws(ValidationFailure) -> Date? {
        var issues = IssueCollector()
        issues.checkLabel(name, field: "name")
        do { try location.check(roots: roots) } catch { issues = issues.merging(error) }
        do { try settings?.rules.check() } catch { issues = issues.merging(error) }
        if export != nil {
            if settings != nil { issues.add("export", "cannot be given with import settings: a source either imports or exports") }
            if case .directory = location {} else { issues.add("location.kind", "must be directory for an export, the folder the files go to") }
        }
        var next: Date?
        do { next = try schedule.schedule().next(after: now) } catch { issues = issues.merging(error) }
        try issues.check()
        return next
    }
}

extension DataSourceLocation {
    enum CodingKeys: String, CodingKey, CaseIterable { case kind, path, pattern, url, sql }

    /// `{"kind":"file","path":…}`, `{"kind":"directory","path":…,"pattern":…}` or `{"kind":"query","url":…,"sql":…}`.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "file": self = .file(path: try container.decode(String.self, forKey: .path))
        case "directory": self = .directory(path: try container.decode(String.self, forKey: .path), pattern: try container.decode(String.self, forKey: .pattern))
        case "query": self = .query(url: try container.decode(String.self, forKey: .url), sql: try container.decode(String.self, forKey: .sql))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "must be file, directory or query")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .file(let path):
            try container.encode("file", forKey: .kind)
            try container.encode(path, forKey: .path)
        case .directory(let path, let pattern):
            try container.encode("directory", forKey: .kind)
            try container.encode(path, forKey: .path)
            try container.encode(pattern, forKey: .pattern)
        case .query(let url, let sql):
            try container.encode("query", forKey: .kind)
            try container.encode(url, forKey: .url)
            try container.encode(sql, forKey: .sql)
        }
    }
}
