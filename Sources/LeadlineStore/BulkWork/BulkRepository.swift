import LeadlineCore

/// Deletes and status changes of many contacts, a batch per transaction, never touching a contact
/// in progress.
public protocol BulkRepository: Sendable {
    /// Applies `work` to the next contacts of the list after `afterID` that pass `filter`, at most
    /// `limit`, and adds the counts to the process in the same transaction; nil when none is left.
    func apply(_ work: BulkWork, to batch: BulkBatchRequest) async throws -> BulkBatch?
}

public enum BulkWork: Sendable {
    /// Deleted contacts go to the deleted-contacts report with `filterText`.
    case delete(filterText: String)
    case change(StatusChange)
}

public struct BulkBatchRequest: Sendable {
    public var listID: Int64
    public var tenantID: Int64
    public var filter: CheckedFilter
    public var afterID: Int64
    public var limit: Int
    public var processID: Int64
    public var actor: String
    /// The process's progress once this batch lands.
    public var progress: Int?

    public init(
        listID: Int64, tenantID: Int64, filter: CheckedFilter, afterID: Int64, limit: Int, processID: Int64, actor: String, progress: Int?
    ) {
        self.listID = listID
        self.tenantID = tenantID
        self.filter = filter
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
