import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineStore

/// Reads an import's file into batches of valid rows, sending the others to the rejects file.
public struct ImportFileReader {
    private var reader: CSVReader<FileByteSource>
    private let source: FileByteSource
    public let header: [String]
    public let mapping: ColumnMapping
    let list: ContactList
    private let fileSize: Int
    /// A headerless file's first row, read to count its columns and still to be imported.
    private var firstRow: CSVRow?
    private var row = CSVRow()

    /// Opens `path` and maps its columns: by `settings.mapping`, else by `template`, else by name.
    public init(
        path: String, settings: ImportSettings, template: [String: String]?, list: ContactList, inflation: InflationLimit = InflationLimit()
    ) throws {
        let separator = try settings.separator.map { name in
            guard let byte = CSVDialect.separator(named: name) else {
                throw ValidationFailure(field: "separator", reason: "'\(name.prefix(20))' is not a separator; use , ; : | tab or space")
            }
            return byte
        }
        let encoding = try settings.encoding.map { name in
            guard let encoding = TextEncoding(rawValue: name) else {
                throw ValidationFailure(field: "encoding", reason: "'\(name.prefix(20))' is not one of \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return encoding
        }
        source = try FileByteSource(path: path, inflation: inflation)
        reader = try CSVReader(source: source, separator: separator, hasHeader: settings.hasHeader, encoding: encoding)
        fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        self.list = list
        var first = CSVRow()
        guard try reader.next(into: &first) else { throw CSVError.empty }
        if reader.dialect.hasHeader {
            guard first.problem == nil else { throw ValidationFailure(field: "header", reason: "line 1: \(first.problem!)") }
            header = first.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            header = (1...first.count).map { "column\($0)" }
            firstRow = first
        }
        if let explicit = settings.mapping ?? template {
            mapping = try ColumnMapping.template(explicit, header: header, list: list)
        } else {
            mapping = try ColumnMapping.automatic(header: header, list: list)
        }
    }

    public var dialect: CSVDialect { reader.dialect }

    /// Opens `path` for an import into a list of the tenant, with the saved template the settings name.
    public static func open(
        path: String, settings: ImportSettings, listID: Int64, tenantID: Int64, inflation: InflationLimit = InflationLimit(), store: Store
    ) async throws -> ImportFileReader {
        let template = try await ImportRequest.template(of: settings, tenantID: tenantID, store: store)
        let list = try await store.lists.writable(id: listID, tenantID: tenantID)
        return try ImportFileReader(path: path, settings: settings, template: template, list: list, inflation: inflation)
    }

    /// Percent of the file read (of its compressed bytes, for a gzip file).
    var progress: Int { fileSize == 0 ? 0 : min(99, source.fileBytesRead * 100 / fileSize) }

    /// Up to `size` data rows: the valid ones as rows to plan, with their cells by line for a
    /// rejection the plan may still make; the others handed to `reject`.
    public mutating func nextBatch(
        size: Int, reject: (_ line: Int, _ issues: [ImportedRow.RowIssue], _ cells: [String]) throws -> Void
    ) throws -> (batch: ImportBatch, cells: [Int: [String]])? {
        var cellsByLine: [Int: [String]] = [:]
        var rows: [ImportPlan.Row] = []
        rows.reserveCapacity(size)
        var read = 0
        var rejected = 0
        while read < size {
            if let first = firstRow {
                row = first
                firstRow = nil
            } else if try !reader.next(into: &row) {
                break
            }
            read += 1
            let cells = row.cells
            if let problem = row.problem {
                try reject(row.line, [.init(column: nil, reason: problem.description)], cells)
                rejected += 1
                continue
            }
            switch ImportedRow.read(cells, header: header, mapping: mapping, list: list) {
            case .contact(let input, let content):
                rows.append(ImportPlan.Row(line: row.line, input: input, content: content))
                cellsByLine[row.line] = cells
            case .rejected(let issues):
                try reject(row.line, issues, cells)
                rejected += 1
            }
        }
        guard read > 0 else { return nil }
        return (ImportBatch(rows: rows, read: read, rejected: rejected, progress: progress), cellsByLine)
    }
}
