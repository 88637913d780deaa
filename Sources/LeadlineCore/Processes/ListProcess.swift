import Foundation

/// A background process on a list: an import or an export, with its progress, counts and file.
public struct ListProcess: Sendable, Equatable {
    public var id: Int64
    public var tenantID: Int64
    public var listID: Int64
    public var kind: ProcessKind
    public var state: ProcessState
    /// Who started it.
    public var actor: String
    public var scheduledAt: Date
    public var startedAt: Date?
    public var endedAt: Date?
    /// 0...100.
    public var progress: Int
    public var counts: ProcessCounts
    /// The name a person knows the input or output file by.
    public var fileName: String?
    public var settings: ProcessSettings
    /// What went wrong, or what a person should know about the result.
    public var details: String
    /// Whether a file comes with it: rejected rows of an import, the file of an export.
    public var hasResultFile: Bool
    public var cancelRequested: Bool
    public var createdAt: Date

    public init(
        id: Int64, tenantID: Int64, listID: Int64, kind: ProcessKind, state: ProcessState, actor: String, scheduledAt: Date,
        startedAt: Date? = nil, endedAt: Date? = nil, progress: Int = 0, counts: ProcessCounts = ProcessCounts(),
        fileName: String? = nil, settings: ProcessSettings, details: String = "", hasResultFile: Bool = false,
        cancelRequested: Bool = false, createdAt: Date
    ) {
        self.id = id
        self.tenantID = tenantID
        self.listID = listID
        self.kind = kind
        self.state = state
        self.actor = actor
        self.scheduledAt = scheduledAt
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.progress = progress
        self.counts = counts
        self.fileName = fileName
        self.settings = settings
        self.details = details
        self.hasResultFile = hasResultFile
        self.cancelRequested = cancelRequested
        self.createdAt = createdAt
    }
}
