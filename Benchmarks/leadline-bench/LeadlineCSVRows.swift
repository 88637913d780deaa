import LeadlineCSV

/// Counts a file's data rows with the project's own reader.
struct LeadlineCSVRows {
    private var reader: CSVReader<FileByteSource>

    init(path: String) throws {
        reader = try CSVReader(source: try FileByteSource(path: path), hasHeader: true)
    }

    mutating func count() throws -> Int {
        var row = CSVRow()
        var rows = 0
        while try reader.next(into: &row) { rows += 1 }
        return rows - 1
    }
}
