import Foundation
import LeadlineCore
import LeadlineStore
import Logging

/// Runs a delete or status-change process: the list's contacts that pass the filter, in
/// batches, contacts in progress skipped, those touched written to the backup as they were.
public enum BulkJob {
    public static func run(_ claimed: ClaimedProcess, store: Store, files: ProcessFiles, now: Date, logger: Logger) async {
        let process = claimed.process
        let backup = files.backupPath(processID: process.id)
        await BatchWalk.finish(process, store: store, backup: backup, logger: logger) {
            let settings: BulkSettings
            switch process.settings {
            case .delete(let bulk), .statusChange(let bulk): settings = bulk
            default: throw DomainError.conflict(field: nil, reason: "the process is no delete or status change")
            }
            guard let list = try await store.lists.find(id: process.listID, tenantID: process.tenantID) else {
                throw DomainError.notFound("list \(process.listID) does not exist")
            }
            let written = try FilterJSON.read(settings.filter)
            let filterText = FilterText.format(written)
            let filter = try FilterCheck.check(written, fields: list.schema, defaultRegion: list.settings.defaultRegion, now: now)
            let work: BulkWork = settings.change.map { .change($0) } ?? .delete
            let total = try await store.contacts.count(listIDs: [list.id], filter: filter, tenantID: process.tenantID)
            let widest = try await store.contacts.widest(listID: list.id, tenantID: process.tenantID)
            let walk = BatchWalk(process: process, store: store, backup: backup)
            let outcome = try await walk.run(total: total, columns: ExportColumn.all(of: list, emails: widest.emails, phones: widest.phones)) {
                after, size, progress in
                try await store.bulk.apply(work, listID: list.id, to: BatchRequest(
                    tenantID: process.tenantID, filter: filter, filterText: filterText, afterID: after, limit: size, processID: process.id,
                    actor: "\(process.kind.rawValue) \(process.id) by \(process.actor)", progress: progress))
            }
            let counts = outcome.counts
            let done = settings.change == nil ? "deleted \(counts.deleted)" : "changed \(counts.updated), unchanged \(counts.unchanged)"
            let selection = "of \(counts.read) contacts passing \(filterText.isEmpty ? "no filter (the whole list)" : "'\(filterText)'")"
            let left = BatchWalk.skippedText(outcome)
            if outcome.cancelled { return (.cancelled, "cancelled; \(done) \(selection) before it stopped\(left); the backup holds them") }
            return (.finished, "\(done) \(selection)\(left)")
        }
    }
}
