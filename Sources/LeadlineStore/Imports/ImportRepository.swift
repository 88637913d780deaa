import Foundation
import LeadlineCore

/// The writes of an import, a batch per transaction together with the process's counts, so a
/// stopped import leaves a consistent list and counts that say exactly what was committed.
public protocol ImportRepository: Sendable {
    /// Starts an import: empties the list first when the rules ask (contacts in progress stay).
    func begin(processID: Int64, listID: Int64, tenantID: Int64, rules: ImportRules) async throws -> ImportStart
    /// Applies one batch of rows by the rules, and adds its counts to the process's. `beforeCommit`
    /// sees the plan inside the transaction, so what it records (the rejected rows) is on disk
    /// before the counts that name it are committed; when it throws, nothing of the batch lands.
    func apply(
        _ batch: ImportBatch, processID: Int64, start: ImportStart, rules: ImportRules, actor: String,
        beforeCommit: @Sendable (ImportPlan) throws -> Void
    ) async throws -> ImportPlan
    /// Applies the update rule to up to `limit` contacts of the list that no row named, after
    /// `afterID`; the last id handled, or nil when none was left.
    func applyUpdateRule(
        processID: Int64, start: ImportStart, rule: ImportRules.UpdateRule, after afterID: Int64, limit: Int, actor: String
    ) async throws -> Int64?
}

/// Where an import starts from.
public struct ImportStart: Sendable {
    public var list: ContactList
    /// Contacts with a higher id were inserted by this import.
    public var insertedAbove: Int64
    /// The campaign and its thresholds that the file's `callback_at` column schedules callbacks in.
    public var callbackCampaign: (id: Int64, settings: CallbackSettings)?
}

/// Rows of a file read in one go: the valid ones, and how many were read and rejected in all.
public struct ImportBatch: Sendable {
    public var rows: [ImportPlan.Row]
    /// Every data row read for this batch, rejected ones too.
    public var read: Int
    /// Rows rejected while reading (bad cells, wrong cell count) before the batch was planned.
    public var rejected: Int
    /// Numbers and addresses the rows repeated in another column, kept once.
    public var folded: Int
    public var progress: Int

    public init(rows: [ImportPlan.Row], read: Int, rejected: Int, folded: Int = 0, progress: Int) {
        self.rows = rows
        self.read = read
        self.rejected = rejected
        self.folded = folded
        self.progress = progress
    }
}
