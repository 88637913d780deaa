import LeadlineCore

/// Deletes and status changes of many contacts, a batch per transaction, never touching a contact
/// in progress.
public protocol BulkRepository: Sendable {
    /// Applies `work` to the next contacts of the list after `afterID` that pass `filter`, at most
    /// `limit`, and adds the counts to the process in the same transaction; nil when none is left.
    func apply(_ work: BulkWork, listID: Int64, to batch: BatchRequest) async throws -> BulkBatch?
}

public enum BulkWork: Sendable {
    /// Deleted contacts go to the deleted-contacts report.
    case delete
    case change(StatusChange)
}

/// One batch of a process that walks a selection of contacts in id order.
public struct BatchRequest: Sendable {
    public var tenantID: Int64
    public var filter: CheckedFilter
    /// The filter in the text form, for the deleted-contacts report.
    public var filterText: String
    public var afterID: Int64
    public var limit: Int
    public var processID: Int64
    public var actor: String
    /// The process's progress once this batch lands.
    public var progress: Int?

    public init(
        tenantID: Int64, filter: CheckedFilter, filterText: String, afterID: Int64, limit: Int, processID: Int64, actor: String, progress: Int?
    ) {
        self.tenantID = tenantID
        self.filter = filter
        self.filterText = filterText
        self.afterID = afterID
        self.limit = limit
        self.processID = processID
        self.actor = actor
        self.progress = progress
    }
}

/// What one batch did.
public struct BulkBatch: Sendable {
    /// The last contact the batch looked at; the next batch starts after it.
    public var lastID: Int64
    /// The contacts deleted or changed, as they were before.
    public var touched: [Contact]
    public var counts: ProcessCounts
    /// Contacts left alone, by why.
    public var skipped: [InProgress: Int]
}
