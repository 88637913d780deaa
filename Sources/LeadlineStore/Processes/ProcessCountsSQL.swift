import LeadlineCore
import SQLKit

/// How batches of work add to their process's counts.
enum ProcessCountsSQL {
    /// Adds `counts` to the process's, in the caller's transaction; the write is its sign of life too.
    static func add(_ counts: ProcessCounts, progress: Int?, to processID: Int64, at now: Int64, on sql: any SQLDatabase) async throws {
        let stored = try await sql.raw("SELECT counts FROM processes WHERE id = \(bind: processID)").first()
            .map { try JSONText.decode(ProcessCounts.self, try $0.decode(column: "counts", as: String.self)) } ?? ProcessCounts()
        let progressSet: SQLQueryString = progress.map { ", progress = \(bind: min(99, max(0, $0)))" } ?? ""
        try await sql.raw(
            "UPDATE processes SET counts = \(bind: try JSONText.encode(stored + counts)), heartbeat_at = \(bind: now)" + progressSet
                + " WHERE id = \(bind: processID)").run()
    }
}
