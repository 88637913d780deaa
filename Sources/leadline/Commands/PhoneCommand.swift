import ArgumentParser
import Foundation
import LeadlineCSV
import LeadlineCore

struct PhoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phone",
        abstract: "Check phone numbers the way an import will read them.",
        discussion: """
            Reads the numbers given as arguments, or one per line from standard input, and prints one JSON \
            object per line: the input, E.164, region, type, verdict (valid, possible, invalid), the reason \
            for an invalid one, and the time zones the number rings in. Use it on a file before importing it:
              cut -d, -f3 leads.csv | leadline phone --region US
            """)

    @Option(help: "Region (ISO 3166, such as US or GB) for numbers written without a country code.")
    var region: String?

    @Option(help: "A CSV file whose --column to check, read as an import reads it.") var csv: String?

    @Option(help: "With --csv: the column, by its header name (without case) or its number from 1.") var column: String?

    @Argument(help: "Numbers to check; none means read standard input.")
    var numbers: [String] = []

    func validate() throws {
        if let region, PhoneNumberParser().region(region) == nil {
            throw ValidationError("'\(region)' is not a region with a numbering plan; use a code such as US, GB or DE")
        }
        if (csv == nil) != (column == nil) { throw ValidationError("--csv and --column go together") }
        if csv != nil && !numbers.isEmpty { throw ValidationError("give numbers or --csv, not both") }
    }

    func run() throws {
        let parser = PhoneNumberParser()
        let home = region.flatMap(parser.region)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let output = FileHandle.standardOutput
        func report(_ text: String) throws {
            let parsed = parser.parse(text, in: home)
            var line = try encoder.encode(PhoneReport(parsed, parser: parser))
            line.append(UInt8(ascii: "\n"))
            output.write(line)
        }
        if let csv, let column {
            try CSVColumn.each(of: csv, column: column, report)
        } else if numbers.isEmpty {
            while let line = readLine(strippingNewline: true) { try report(line) }
        } else {
            for number in numbers { try report(number) }
        }
    }
}

/// The cells of one column of a CSV file, in order.
enum CSVColumn {
    static func each(of path: String, column: String, _ body: (String) throws -> Void) throws {
        guard FileManager.default.isReadableFile(atPath: path) else { throw CommandFailure("cannot read \(path)") }
        var reader = try CSVReader(source: try FileByteSource(path: path), hasHeader: true)
        var row = CSVRow()
        guard try reader.next(into: &row) else { throw CommandFailure("\(path) is empty") }
        let header = row.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        let index = header.firstIndex(of: column) ?? header.firstIndex { $0.lowercased() == column.lowercased() }
            ?? Int(column).flatMap { (1...header.count).contains($0) ? $0 - 1 : nil }
        guard let index else {
            throw CommandFailure("\(path) has no column '\(column)'; its columns are \(header.map { "'\($0)'" }.joined(separator: ", "))")
        }
        while try reader.next(into: &row) {
            let cells = row.cells
            try body(index < cells.count ? cells[index] : "")
        }
    }
}

/// One line of `leadline phone`'s output.
struct PhoneReport: Encodable {
    var input: String
    var e164: String?
    var international: String?
    var national: String?
    var region: String?
    var type: PhoneType
    var verdict: PhoneVerdict
    var reason: String?
    var `extension`: String?
    var timeZones: [String]

    init(_ parsed: ParsedPhoneNumber, parser: PhoneNumberParser) {
        input = parsed.input
        e164 = parsed.e164
        international = parser.format(parsed, as: .international)
        national = parser.format(parsed, as: .national)
        region = parsed.region
        type = parsed.type
        verdict = parsed.verdict
        reason = parsed.problem?.rawValue
        `extension` = parsed.extension
        timeZones = parsed.e164.map { PhoneTables.shipped.timeZones(ofE164: $0, type: parsed.type) } ?? []
    }
}
