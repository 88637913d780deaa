import Foundation
import LeadlineCSV
import LeadlineCore

/// The rejected rows of an import: line, column, reason, then the row as the file had it, cell
/// for cell: the file is data to fix and import again, so no cell is escaped for a spreadsheet.
/// Created on the first rejection, so a clean import leaves no file. The reader rejects rows
/// while a batch is being written, so every call holds a lock.
final class RejectsFile: @unchecked Sendable {
    let path: String
    private let header: [String]
    private let lock = NSLock()
    private var sink: FileSink?
    private var writer = CSVWriter(dialect: CSVDialect(encoding: .utf8), neutralizeFormulas: false)
    private(set) var count = 0

    init(path: String, header: [String]) {
        self.path = path
        self.header = header
    }

    func reject(line: Int, issues: [ImportedRow.RowIssue], cells: [String]) throws {
        try lock.withLock { try write(line: line, issues: issues, cells: cells) }
    }

    /// Writes rows rejected by a batch's plan and everything before them to the file, for the
    /// batch's transaction to commit only once they are on disk.
    func record(_ rejected: [(line: Int, issue: ImportedRow.RowIssue)], cells: [Int: [String]]) throws {
        try lock.withLock {
            for (line, issue) in rejected { try write(line: line, issues: [issue], cells: cells[line] ?? []) }
            try sink?.flush()
        }
    }

    private func write(line: Int, issues: [ImportedRow.RowIssue], cells: [String]) throws {
        if sink == nil {
            sink = try FileSink(path: path)
            try sink?.write { writer.write(RejectsHeader.annotations + header, into: &$0) }
        }
        let columns = issues.compactMap(\.column)
        let reason = issues.map { issue in issue.column.map { "\($0): \(issue.reason)" } ?? issue.reason }.joined(separator: "; ")
        try sink?.write { writer.write([String(line), columns.first ?? "", reason] + cells, into: &$0) }
        count += 1
    }

    /// Whether any row was rejected; the file is complete once this returns.
    func close() throws -> Bool {
        try lock.withLock {
            try sink?.close()
            return sink != nil
        }
    }
}
