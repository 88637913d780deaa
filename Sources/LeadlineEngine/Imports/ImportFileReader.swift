import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineStore

/// Reads an import's file into batches of valid rows, sending the others to the rejects file.
/// The first rows are read ahead, within a bound, to learn what the file holds before any row
/// is imported: the region its national numbers belong to and the types of its columns.
public struct ImportFileReader {
    /// How far the file is read ahead: this many rows, or this many bytes of them.
    static let sampleRows = 1000
    static let sampleBytes = 4 << 20

    private var reader: CSVReader<FileByteSource>
    private let source: FileByteSource
    public let header: [String]
    public private(set) var mapping: ColumnMapping
    /// The list as its rows are read: its default region is the one in effect for this import.
    public private(set) var list: ContactList
    public let region: RegionChoice
    private var reading: CellReading
    private let explicitMapping: [String: String]?
    private let emptyCells: ImportRules.EmptyCells
    private let fileSize: Int
    /// Rows read ahead and still to be imported, in file order, from `nextPending` on.
    private var pending: [CSVRow] = []
    private var nextPending = 0
    private var row = CSVRow()
    /// Rows rejected for a number the region in effect does not read, to say so at the end.
    public private(set) var phoneRejects = 0
    public private(set) var rowsRead = 0

    /// Where the region of numbers written without a country code came from.
    public enum RegionChoice: Sendable, Equatable, CustomStringConvertible {
        case list(String)
        /// The region most of the file's numbers written with a country code belong to.
        case file(String)
        case tenant(String)
        case none

        public var code: String? {
            switch self {
            case .list(let code), .file(let code), .tenant(let code): code
            case .none: nil
            }
        }

        public var description: String {
            switch self {
            case .list(let code): "numbers without a country code read as \(code), the list's default region"
            case .file(let code): "numbers without a country code read as \(code), the region of the file's numbers written with one"
            case .tenant(let code): "numbers without a country code read as \(code), the tenant's default region"
            case .none: "numbers without a country code cannot be read: neither the list nor the tenant has a default region"
            }
        }
    }

    /// Opens `path` and maps its columns: by `settings.mapping`, else by `template`, else by name.
    public init(
        path: String, settings: ImportSettings, template: [String: String]?, list: ContactList, tenantRegion: String? = nil,
        inflation: InflationLimit = InflationLimit()
    ) throws {
        (source, reader) = try Self.openCSV(path: path, settings: settings, inflation: inflation)
        fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        emptyCells = settings.rules.emptyCells
        var first = CSVRow()
        guard try reader.next(into: &first) else { throw CSVError.empty }
        if reader.dialect.hasHeader {
            guard first.problem == nil else { throw ValidationFailure(field: "header", reason: "line 1: \(first.problem!)") }
            header = first.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            header = (1...first.count).map { "column\($0)" }
            pending.append(first)
        }
        var bytes = 0
        while pending.count < Self.sampleRows, bytes < Self.sampleBytes {
            var next = CSVRow()
            guard try reader.next(into: &next) else { break }
            bytes += next.byteCount
            pending.append(next)
        }
        explicitMapping = settings.mapping ?? template
        mapping = try Self.map(header, explicit: explicitMapping, list: list)
        region = Self.region(of: list, tenantRegion: tenantRegion, sample: pending, header: header, mapping: mapping)
        var effective = list
        effective.settings.defaultRegion = region.code
        self.list = effective
        reading = CellReading(list: effective, region: region.code)
    }

    /// The file as rows, in the separator and encoding the settings name, else the detected ones.
    static func openCSV(path: String, settings: ImportSettings, inflation: InflationLimit) throws -> (FileByteSource, CSVReader<FileByteSource>) {
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
        let source = try FileByteSource(path: path, inflation: inflation)
        return (source, try CSVReader(source: source, separator: separator, hasHeader: settings.hasHeader, encoding: encoding))
    }

    private static func map(_ header: [String], explicit: [String: String]?, list: ContactList) throws(ValidationFailure) -> ColumnMapping {
        if let explicit { return try ColumnMapping.template(explicit, header: header, list: list) }
        return try ColumnMapping.automatic(header: header, list: list)
    }

    /// The list's own region; else the region most numbers of the sample written with a
    /// country code belong to; else the tenant's.
    private static func region(
        of list: ContactList, tenantRegion: String?, sample: [CSVRow], header: [String], mapping: ColumnMapping
    ) -> RegionChoice {
        if let code = list.settings.defaultRegion { return .list(code) }
        let phoneColumns = mapping.targets.indices.filter { if case .phone = mapping.targets[$0] { true } else { false } }
        var regions: [String: Int] = [:]
        for row in sample where row.problem == nil && row.count == header.count {
            for column in phoneColumns {
                let cell = row[column].trimmingWhitespace
                guard cell.hasPrefix("+") || cell.hasPrefix("00") else { continue }
                if let found = PhoneNumberParser.shared.parse(cell, in: nil).region { regions[found, default: 0] += 1 }
            }
        }
        if let (code, _) = regions.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { return .file(code) }
        return tenantRegion.map(RegionChoice.tenant) ?? .none
    }

    public var dialect: CSVDialect { reader.dialect }

    /// The file's columns that fill nothing of the list, in file order; a rejects file's own
    /// columns (line, column, reason) are no data and not among them.
    public var unmappedColumns: [String] {
        let annotations = RejectsHeader.annotationCount(of: header)
        return zip(header, mapping.targets).enumerated().filter { $0.offset >= annotations && $0.element.1 == nil }.map(\.element.0)
    }

    /// The cells the rows read ahead hold in each of `columns`, to type a field from.
    public func sample(of columns: [String]) -> [(name: String, cells: [String])] {
        columns.compactMap { column in
            guard let index = header.firstIndex(of: column) else { return nil }
            return (column, pending.filter { $0.problem == nil && $0.count == header.count }.map { $0[index] })
        }
    }

    /// The reader after fields were added to the list: `created` maps each column to its new field.
    public mutating func adopt(_ updated: ContactList, created: [String: String]) throws {
        var effective = updated
        effective.settings.defaultRegion = region.code
        list = effective
        mapping = try Self.map(header, explicit: explicitMapping.map { $0.merging(created) { mine, _ in mine } }, list: effective)
        reading = CellReading(list: effective, region: region.code)
    }

    /// Opens `path` for an import into a list of the tenant, with the saved template the settings
    /// name and the region of the list's owner for national numbers.
    public static func open(
        path: String, settings: ImportSettings, listID: Int64, tenantID: Int64, inflation: InflationLimit = InflationLimit(), store: Store
    ) async throws -> ImportFileReader {
        let template = try await ImportRequest.template(of: settings, tenantID: tenantID, store: store)
        let list = try await store.lists.writable(id: listID, tenantID: tenantID)
        let owner = try await store.tenants.find(id: list.tenantID)
        return try ImportFileReader(
            path: path, settings: settings, template: template, list: list, tenantRegion: owner?.defaultRegion, inflation: inflation)
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
        var folded = 0
        while read < size {
            if nextPending < pending.count {
                row = pending[nextPending]
                nextPending += 1
                if nextPending == pending.count { pending = [] }
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
            switch ImportedRow.read(cells, line: row.line, header: header, mapping: mapping, list: list, reading: reading, emptyCells: emptyCells) {
            case .contact(let planned, let repeats):
                rows.append(planned)
                cellsByLine[row.line] = cells
                folded += repeats
            case .rejected(let issues):
                try reject(row.line, issues, cells)
                rejected += 1
                if issues.contains(where: { isPhoneColumn($0.column) }) { phoneRejects += 1 }
            }
        }
        rowsRead += read
        guard read > 0 else { return nil }
        return (ImportBatch(rows: rows, read: read, rejected: rejected, folded: folded, progress: progress), cellsByLine)
    }

    private func isPhoneColumn(_ column: String?) -> Bool {
        guard let column, let index = header.firstIndex(of: column) else { return false }
        if case .phone = mapping.targets[index] { return true }
        return false
    }

    /// What a person should know of how the file was read: the region, when many rows failed for it.
    public var regionWarning: String? {
        guard phoneRejects >= 5, phoneRejects * 10 >= rowsRead else { return nil }
        let code = region.code.map { "valid in \($0)" } ?? "written with a country code"
        return "\(phoneRejects) rows were rejected for numbers not \(code) (\(region)); if the file's numbers are of another country, set the list's defaultRegion and import the rejected rows again"
    }
}
