/// The kinds of background work a list owner starts.
public enum ProcessKind: String, Sendable, Codable, CaseIterable {
    case `import`
    case export
    case delete
    case statusChange = "status_change"
    case listOperation = "list_operation"
    /// A job's attempted contacts and their results, to CSV.
    case campaignExport = "campaign_export"
    /// A running job's contacts selected again from its lists and filter.
    case churn

    /// Whether the process changes its list's contacts, so that its tenant must be allowed to write them.
    public var writesContacts: Bool { self != .export && self != .campaignExport && self != .churn }
}

/// A process's life: `pending` → `running` → `finished`, `failed` or `cancelled`.
public enum ProcessState: String, Sendable, Codable, CaseIterable {
    case pending, running, finished, failed, cancelled

    public var isOver: Bool { self == .finished || self == .failed || self == .cancelled }
}
