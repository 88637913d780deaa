import LeadlineCSV
import LeadlineCore

/// The rejected rows of an import: line, column, reason, then the row as the file had it.
/// Created on the first rejection, so a clean import leaves no file.
final class RejectsFile {
    let path: String
    private let header: [String]
    private var sink: FileSink?
    private var writer = CSVWriter(dialect: CSVDialect(encoding: .utf8))
    private(set) var count = 0

    init(path: String, header: [String]) {
        self.path = path
        self.header = header
    }

    func reject(line: Int, issues: [ImportedRow.RowIssue], cells: [String]) throws {
        if sink == nil {
            sink = try FileSink(path: path)
            try sink?.write { writer.write(["line", "column", "reason"] + header, into: &$0) }
        }
        let columns = issues.compactMap(\.column)
        let reason = issues.map { issue in issue.column.map { "\($0): \(issue.reason)" } ?? issue.reason }.joined(separator: "; ")
        try sink?.write { writer.write([String(line), columns.first ?? "", reason] + cells, into: &$0) }
        count += 1
    }

    /// Whether any row was rejected; the file is complete once this returns.
    func close() throws -> Bool {
        try sink?.close()
        return sink != nil
    }
}
