import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineStore
import Logging

/// Runs a delete or status-change process: walks the list's contacts that pass the filter in
/// batches, each its own transaction, skipping contacts in progress, and writes the contacts it
/// touched, as they were, into a backup file an import reads back.
public enum BulkJob {
    /// Contacts per transaction.
    public static let batchSize = 2000

    public static func run(_ claimed: ClaimedProcess, store: Store, files: ProcessFiles, now: Date, logger: Logger) async {
        let process = claimed.process
        let work: BulkWork
        let settings: BulkSettings
        switch process.settings {
        case .delete(let bulk):
            settings = bulk
            work = .delete(filterText: "")
        case .statusChange(let bulk):
            settings = bulk
            work = .change(bulk.change ?? StatusChange())
        default:
            try? await store.processes.finish(id: process.id, state: .failed, details: "the process is no delete or status change", counts: nil, resultPath: nil)
            return
        }
        let backup = files.backupPath(processID: process.id)
        do {
            let (state, details) = try await walk(process, settings: settings, work: work, store: store, backup: backup, now: now)
            try await store.processes.finish(id: process.id, state: state, details: details, counts: nil, resultPath: backup)
        } catch {
            logger.error("\(process.kind.rawValue) process \(process.id) failed: \(error)")
            // What was committed is in the backup so far, and in the deleted-contacts report.
            let kept = FileManager.default.fileExists(atPath: backup) ? backup : nil
            try? await store.processes.finish(id: process.id, state: .failed, details: ImportJob.explain(error), counts: nil, resultPath: kept)
        }
    }

    private static func walk(
        _ process: ListProcess, settings: BulkSettings, work: BulkWork, store: Store, backup: String, now: Date
    ) async throws -> (ProcessState, String) {
        guard let list = try await store.lists.find(id: process.listID, tenantID: process.tenantID) else {
            throw DomainError.notFound("list \(process.listID) does not exist")
        }
        let written = try FilterJSON.read(settings.filter)
        let filter = try FilterCheck.check(written, fields: list.schema, defaultRegion: list.settings.defaultRegion, now: now)
        var work = work
        if case .delete = work { work = .delete(filterText: FilterText.format(written)) }
        let total = try await store.contacts.count(listIDs: [list.id], filter: filter, tenantID: process.tenantID)
        let widest = try await store.contacts.widest(listID: list.id, tenantID: process.tenantID)
        let columns = ExportColumn.all(of: list, emails: widest.emails, phones: widest.phones)
        let sink = try FileSink(path: backup)
        var writer = CSVWriter(dialect: CSVDialect(separator: UInt8(ascii: ","), hasHeader: true, encoding: .utf8))
        try sink.write { writer.write(columns.map(\.description), into: &$0) }
        var after: Int64 = 0
        var seen = 0
        var counts = ProcessCounts()
        var skipped: [InProgress: Int] = [:]
        var cancelled = false
        while true {
            let progress = total == 0 ? 99 : min(99, (seen + batchSize) * 100 / total)
            let request = BulkBatchRequest(
                listID: list.id, tenantID: process.tenantID, filter: filter, afterID: after, limit: batchSize, processID: process.id,
                actor: "\(process.kind.rawValue) \(process.id) by \(process.actor)", progress: progress)
            guard let batch = try await store.bulk.apply(work, to: request) else { break }
            try sink.write { output in
                for contact in batch.touched { writer.write(columns.map { $0.cell(of: contact) }, into: &output) }
            }
            try sink.flush()
            after = batch.lastID
            seen += batch.counts.read
            counts = counts + batch.counts
            skipped.merge(batch.skipped, uniquingKeysWith: +)
            if try await store.processes.checkIn(id: process.id, at: Date()) {
                cancelled = true
                break
            }
        }
        try sink.close()
        let done = switch work {
        case .delete: "deleted \(counts.deleted)"
        case .change: "changed \(counts.updated), unchanged \(counts.unchanged)"
        }
        let left = skipped.isEmpty ? "" : "; skipped \(counts.skipped) in progress: "
            + InProgress.allCases.compactMap { reason in skipped[reason].map { "\($0) \(reason)" } }.joined(separator: ", ")
        let filterText = FilterText.format(written)
        let selection = "of \(seen) contacts passing \(filterText.isEmpty ? "no filter (the whole list)" : "'\(filterText)'")"
        if cancelled { return (.cancelled, "cancelled; \(done) \(selection) before it stopped\(left); the backup holds them") }
        return (.finished, "\(done) \(selection)\(left)")
    }
}
