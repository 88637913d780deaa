import Foundation
import LeadlineCore
import LeadlineStore
import Logging

/// Runs the contact management tool's process: the source lists' contacts that pass the filter
/// and the include options, less the excluded ones, copied, moved, removed, updated or reset a
/// batch at a time, with a backup of every contact it touched.
public enum ListOperationJob {
    public static func run(_ claimed: ClaimedProcess, store: Store, files: ProcessFiles, now: Date, logger: Logger) async {
        let process = claimed.process
        let backup = files.backupPath(processID: process.id)
        await BatchWalk.finish(process, store: store, backup: backup, logger: logger) {
            guard case .listOperation(let operation) = process.settings else {
                throw DomainError.conflict(field: nil, reason: "the process is no list operation")
            }
            let plan = try await ListOperationPlan.resolve(operation, tenantID: process.tenantID, store: store, now: now)
            let walk = BatchWalk(process: process, store: store, backup: backup)
            let columns = try await plan.backupColumns(store: store, tenantID: process.tenantID)
            let outcome = try await walk.run(total: plan.total, columns: columns, limit: operation.limit) { after, size, progress in
                try await store.listOperations.apply(operation, to: BatchRequest(
                    tenantID: process.tenantID, filter: plan.selection.filter, filterText: plan.filterText, afterID: after, limit: size,
                    processID: process.id, actor: "\(operation.action.rawValue) \(process.id) by \(process.actor)", progress: progress))
            }
            let counts = outcome.counts
            var done: String
            switch operation.action {
            case .copy: done = "copied: \(counts.inserted) added, \(counts.updated) merged, \(counts.unchanged) unchanged"
            case .move: done = "moved: \(counts.inserted) added, \(counts.updated) merged, \(counts.unchanged) unchanged"
            case .remove: done = "removed \(counts.deleted)"
            case .updateFields: done = "updated \(counts.updated), unchanged \(counts.unchanged)"
            case .reset: done = "reset \(counts.updated)"
            }
            if counts.rejected > 0 { done += ", \(counts.rejected) refused by the \(operation.action == .updateFields ? "fields" : "destination")'s checks" }
            if counts.excluded > 0 { done += ", \(counts.excluded) excluded" }
            let selection = " of \(counts.read) contacts of \(plan.selection.lists.count == 1 ? "list" : "lists") "
                + plan.selection.lists.map { String($0.id) }.joined(separator: ", ")
                + (plan.filterText.isEmpty ? "" : " passing '\(plan.filterText)'")
            let left = BatchWalk.skippedText(outcome)
            if outcome.cancelled { return (.cancelled, "cancelled; \(done)\(selection) before it stopped\(left); the backup holds them") }
            return (.finished, done + selection + left)
        }
    }
}
