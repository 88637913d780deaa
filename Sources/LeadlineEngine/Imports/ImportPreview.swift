import LeadlineCSV
import LeadlineCore
import LeadlineStore

/// The first rows of a file as an import would store them, with the errors they would raise,
/// and how the file was read and mapped; nothing is written.
public struct ImportPreview: Sendable {
    public struct Column: Sendable {
        public var name: String
        /// The contact part the column fills; nil when it is not imported.
        public var target: String?
    }

    public struct Row: Sendable {
        public var line: Int
        public var contact: ContactContent?
        public var issues: [ImportedRow.RowIssue]
    }

    public var separator: String
    public var hasHeader: Bool
    public var encoding: String
    public var columns: [Column]
    public var rows: [Row]
    /// The file's columns that fill nothing of the list, which the import leaves out.
    public var unmappedColumns: [String]
    /// The fields `createFields` would add for them, typed from the file.
    public var proposedFields: [FieldDefinition]
    /// How national numbers are read, and where their region came from.
    public var region: String

    public static func make(
        path: String, settings: ImportSettings, listID: Int64, tenantID: Int64, store: Store, rows limit: Int = 20
    ) async throws -> ImportPreview {
        var reader = try await ImportFileReader.open(path: path, settings: settings, listID: listID, tenantID: tenantID, store: store)
        let unmapped = reader.unmappedColumns
        let proposed = ImportFields.proposed(by: reader)
        if settings.createFields, !proposed.isEmpty {
            // The rows as they would be read once the fields exist; nothing is written.
            var list = reader.list
            list.schema += proposed.map(\.field)
            try ImportFields.adopt(proposed, in: list, by: &reader)
        }
        var rows: [Row] = []
        if let (batch, _) = try reader.nextBatch(size: limit, reject: { line, issues, _ in rows.append(Row(line: line, contact: nil, issues: issues)) }) {
            rows += batch.rows.map { Row(line: $0.line, contact: $0.content, issues: []) }
        }
        return ImportPreview(
            separator: CSVDialect.name(of: reader.dialect.separator), hasHeader: reader.dialect.hasHeader,
            encoding: reader.dialect.encoding.rawValue,
            columns: zip(reader.header, reader.mapping.targets).map { Column(name: $0, target: $1?.description) },
            rows: rows.sorted { $0.line < $1.line }, unmappedColumns: unmapped, proposedFields: proposed.map(\.field),
            region: reader.region.description)
    }
}

extension ImportPreview {
    /// The file as read, before any mapping: what the wizard shows when the columns fill no part
    /// of the list yet, so that a person can choose what each one fills.
    public struct Head: Sendable {
        public var separator: String
        public var hasHeader: Bool
        public var encoding: String
        public var header: [String]
        /// Up to `limit` data rows, their cells as the file holds them, with their lines.
        public var rows: [(line: Int, cells: [String])]
    }

    public static func head(path: String, settings: ImportSettings, rows limit: Int = 20) throws -> Head {
        var (_, reader) = try ImportFileReader.openCSV(path: path, settings: settings, inflation: InflationLimit())
        var row = CSVRow()
        var rows: [(line: Int, cells: [String])] = []
        var header: [String] = []
        while rows.count < limit, try reader.next(into: &row) {
            let cells = row.cells
            if header.isEmpty {
                header = reader.dialect.hasHeader ? cells.map { $0.trimmingCharacters(in: .whitespaces) } : (1...max(1, cells.count)).map { "column\($0)" }
                if reader.dialect.hasHeader { continue }
            }
            rows.append((row.line, cells))
        }
        guard !header.isEmpty else { throw CSVError.empty }
        return Head(
            separator: CSVDialect.name(of: reader.dialect.separator), hasHeader: reader.dialect.hasHeader,
            encoding: reader.dialect.encoding.rawValue, header: header, rows: rows)
    }
}
