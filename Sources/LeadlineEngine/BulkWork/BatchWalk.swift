import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineStore
import Logging

/// Walks a selection of contacts a batch at a time for a bulk process: each batch is applied by
/// the store in its own transaction, the contacts it touched go to the backup file as they were,
/// and the process checks in between batches so a cancel stops it there.
struct BatchWalk {
    let process: ListProcess
    let store: Store
    let backup: String
    /// Contacts per transaction.
    static let batchSize = 2000

    struct Outcome {
        var counts = ProcessCounts()
        var skipped: [InProgress: Int] = [:]
        var cancelled = false
    }

    /// - Parameters:
    ///   - total: the contacts selected, for progress.
    ///   - columns: the backup file's columns.
    ///   - limit: the most contacts to walk, if any.
    ///   - apply: one batch after an id, of at most a number of contacts, with the progress it
    ///     brings the process to; nil when none is left.
    func run(
        total: Int, columns: [ExportColumn], limit: Int? = nil,
        apply: (_ afterID: Int64, _ size: Int, _ progress: Int) async throws -> BulkBatch?
    ) async throws -> Outcome {
        let sink = try FileSink(path: backup)
        var writer = CSVWriter(dialect: CSVDialect(separator: UInt8(ascii: ","), hasHeader: true, encoding: .utf8))
        try sink.write { writer.write(columns.map(\.description), into: &$0) }
        var outcome = Outcome()
        var after: Int64 = 0
        let wanted = min(total, limit ?? Int.max)
        while outcome.counts.read < wanted || limit == nil {
            let size = min(Self.batchSize, (limit ?? Int.max) - outcome.counts.read)
            let progress = wanted == 0 ? 99 : min(99, (outcome.counts.read + size) * 100 / wanted)
            guard size > 0, let batch = try await apply(after, size, progress) else { break }
            try sink.write { output in
                for contact in batch.touched { writer.write(columns.map { $0.cell(of: contact) }, into: &output) }
            }
            try sink.flush()
            after = batch.lastID
            outcome.counts = outcome.counts + batch.counts
            outcome.skipped.merge(batch.skipped, uniquingKeysWith: +)
            if try await store.processes.checkIn(id: process.id, at: Date()) {
                outcome.cancelled = true
                break
            }
        }
        try sink.close()
        return outcome
    }

    /// `; skipped 3 in progress: 2 leased…, 1 a callback is set`, or nothing.
    static func skippedText(_ outcome: Outcome) -> String {
        guard !outcome.skipped.isEmpty else { return "" }
        return "; skipped \(outcome.counts.skipped) in progress: "
            + InProgress.allCases.compactMap { reason in outcome.skipped[reason].map { "\($0) \(reason)" } }.joined(separator: ", ")
    }

    /// Ends the process after a walk, or after an error, with the backup as its file.
    static func finish(
        _ process: ListProcess, store: Store, backup: String, logger: Logger, _ body: () async throws -> (ProcessState, String)
    ) async {
        do {
            let (state, details) = try await body()
            try await store.processes.finish(id: process.id, state: state, details: details, counts: nil, resultPath: backup)
        } catch {
            logger.error("\(process.kind.rawValue) process \(process.id) failed: \(error)")
            // What was committed is in the backup so far, and a deletion in the deleted-contacts report.
            let kept = FileManager.default.fileExists(atPath: backup) ? backup : nil
            try? await store.processes.finish(id: process.id, state: .failed, details: ImportJob.explain(error), counts: nil, resultPath: kept)
        }
    }
}
