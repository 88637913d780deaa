import ArgumentParser
import LeadlineCSV

/// The first row of a file, read with the project's CSV reader.
enum FileHeader {
    static func read(_ path: String, separator: String?) throws -> [String] {
        let byte = try separator.map { name in
            guard let byte = CSVDialect.separator(named: name) else { throw ValidationError("--sep '\(name)' is not a separator") }
            return byte
        }
        var reader = try CSVReader(source: try FileByteSource(path: path), separator: byte, hasHeader: true)
        var row = CSVRow()
        guard try reader.next(into: &row) else { throw CommandFailure("\(path) is empty") }
        return row.cells
    }
}
