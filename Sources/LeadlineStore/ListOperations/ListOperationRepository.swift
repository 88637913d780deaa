import LeadlineCore

/// The contact management tool's batches: each one transaction.
public protocol ListOperationRepository: Sendable {
    /// Applies the operation to the next source contacts after `afterID` that pass `filter`, at
    /// most `limit`; nil when none is left. The counts go to the process in the same transaction.
    func apply(_ operation: ListOperation, to request: ListOperationBatchRequest) async throws -> BulkBatch?
}

public struct ListOperationBatchRequest: Sendable {
    public var tenantID: Int64
    public var filter: CheckedFilter
    /// The filter in the text form, for the deleted-contacts report of a remove.
    public var filterText: String
    public var afterID: Int64
    public var limit: Int
    public var processID: Int64
    public var actor: String
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
