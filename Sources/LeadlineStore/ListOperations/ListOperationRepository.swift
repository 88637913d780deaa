import LeadlineCore

/// The contact management tool's batches: each one transaction.
public protocol ListOperationRepository: Sendable {
    /// Applies the operation to the next source contacts after `afterID` that pass `filter`, at
    /// most `limit`; nil when none is left. The counts go to the process in the same transaction.
    func apply(_ operation: ListOperation, to request: BatchRequest) async throws -> BulkBatch?
}
