import Foundation
import LeadlineCSV

/// Writes realistic lead files: names, one to three numbers per contact in the formats people
/// type them, emails, addresses and a dozen custom fields, with a share of duplicate and dirty
/// rows. The same seed gives the same file.
public struct LeadFile {
    /// The columns, in file order. `state` and the names map to built-in parts; the custom ones
    /// are `customFields`.
    public static let header = [
        "account_id", "first_name", "last_name", "email", "phone1", "phone2", "phone3", "address", "city", "state", "zip",
        "balance", "due_date", "segment", "score", "vip", "customer_since", "language", "company", "vat_number", "product", "notes",
    ]

    /// The custom fields a list needs for these files, as `(name, type, valid values)`.
    public static let customFields: [(name: String, type: String, validValues: [String])] = [
        ("address", "text", []), ("city", "text", []), ("zip", "text", []), ("balance", "decimal", []), ("due_date", "date", []),
        ("segment", "choice", ["retail", "business", "premium"]), ("score", "integer", []), ("vip", "boolean", []),
        ("customer_since", "date", []), ("language", "text", []), ("company", "text", []), ("vat_number", "text", []),
        ("product", "text", []), ("notes", "text", []),
    ]

    /// What a generated file holds, to check an import against.
    public struct Summary: Sendable {
        public var rows = 0
        public var duplicates = 0
        public var dirty = 0
        public var bytes = 0
    }

    public var duplicateShare: Double
    public var dirtyShare: Double
    /// Whether some dirty rows have the wrong number of cells, which bulk loaders such as
    /// PostgreSQL's `COPY` refuse whole files for.
    public var ragged: Bool
    private var generator: LeadGenerator

    public init(seed: UInt64 = 7, duplicateShare: Double = 0.02, dirtyShare: Double = 0.01, ragged: Bool = true) {
        generator = LeadGenerator(seed: seed)
        self.duplicateShare = duplicateShare
        self.dirtyShare = dirtyShare
        self.ragged = ragged
    }

    /// Writes `rows` data rows after the header to `path`, streaming.
    @discardableResult
    public mutating func write(rows: Int, to path: String, separator: UInt8 = UInt8(ascii: ",")) throws -> Summary {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        defer { try? handle.close() }
        var writer = CSVWriter(dialect: CSVDialect(separator: separator), neutralizeFormulas: false)
        var output: [UInt8] = []
        var summary = Summary()
        writer.write(Self.header, into: &output)
        for index in 0..<rows {
            var cells = row(index: index, summary: &summary)
            if generator.chance(dirtyShare) {
                summary.dirty += 1
                dirty(&cells)
            }
            writer.write(cells, into: &output)
            summary.rows += 1
            if output.count > 1 << 20 {
                summary.bytes += output.count
                try handle.write(contentsOf: output)
                output.removeAll(keepingCapacity: true)
            }
        }
        summary.bytes += output.count
        try handle.write(contentsOf: output)
        return summary
    }

    private static let cities = [
        ("Austin", "TX"), ("Denver", "CO"), ("Chicago", "IL"), ("New York", "NY"), ("Seattle", "WA"), ("Miami", "FL"),
        ("Boise", "ID"), ("Phoenix", "AZ"), ("Toronto", "ON"), ("Montréal", "QC"), ("Portland", "OR"), ("Nashville", "TN"),
    ]

    private mutating func row(index: Int, summary: inout Summary) -> [String] {
        var account = "ACC\(index + 1)"
        if index > 10, generator.chance(duplicateShare) {
            account = "ACC\(1 + generator.below(index))"
            summary.duplicates += 1
        }
        let first = LeadGenerator.firstNames[generator.below(LeadGenerator.firstNames.count)]
        let last = LeadGenerator.lastNames[generator.below(LeadGenerator.lastNames.count)]
        let email = "\(first.lowercased()).\(last.lowercased().filter(\.isLetter))\(index)@\(LeadGenerator.domains[generator.below(LeadGenerator.domains.count)])"
        let phoneCount = 1 + generator.below(3)
        let phones = (0..<3).map { $0 < phoneCount ? generator.writtenPhone() : "" }
        let (city, state) = Self.cities[generator.below(Self.cities.count)]
        let cents = generator.below(1_000_000)
        return [
            account, first, last, email, phones[0], phones[1], phones[2],
            "\(1 + generator.below(9999)) \(["Main St", "Oak Ave", "Elm St, Apt 4", "Maple Rd"][generator.below(4)])", city, state,
            String(10000 + generator.below(89999)), "\(cents / 100).\(String(format: "%02d", cents % 100))",
            "2026-\(String(format: "%02d", 1 + generator.below(12)))-\(String(format: "%02d", 1 + generator.below(28)))",
            ["retail", "business", "premium"][generator.below(3)], String(generator.below(1000)), generator.below(10) == 0 ? "yes" : "no",
            "20\(10 + generator.below(16))-0\(1 + generator.below(9))-1\(generator.below(10))", ["en", "es", "fr", "de"][generator.below(4)],
            generator.below(3) == 0 ? "\(last) \(["Inc.", "LLC", "GmbH", "& Sons"][generator.below(4)])" : "",
            generator.below(3) == 0 ? "DE\(generator.digits(9))" : "", ["fiber", "mobile", "tv", "bundle"][generator.below(4)],
            generator.below(5) == 0 ? "Called \(generator.below(5)) times; prefers \"evenings\"" : "",
        ]
    }

    /// One of the faults real files have.
    private mutating func dirty(_ cells: inout [String]) {
        switch generator.below(5) {
        case 0: cells[4] = "555-12"
        case 1: cells[3] = cells[3].replacingOccurrences(of: "@", with: " at ")
        case 2 where ragged: cells.removeLast(3)
        case 2: cells[2] = String(repeating: cells[2], count: 30)
        case 3: cells[11] = "12,50 EUR"
        default: cells[13] = "gold"
        }
    }
}

extension LeadGenerator {
    public mutating func chance(_ share: Double) -> Bool {
        Double(next() % 1_000_000) < share * 1_000_000
    }

    /// A number of a US list's contact as a file might hold it: mostly US numbers in the ways
    /// people write them, some British and German ones with their country code.
    public mutating func writtenPhone() -> String {
        func d(_ count: Int) -> String { digits(count) }
        func area() -> String { "\(2 + below(8))\(d(2))" }
        switch below(10) {
        case 0: return "+1 (\(area())) \(2 + below(8))\(d(2))-\(d(4))"
        case 1: return "\(area()).\(2 + below(8))\(d(2)).\(d(4))"
        case 2: return "1-\(area())-\(2 + below(8))\(d(2))-\(d(4))"
        case 3: return "(\(area())) \(2 + below(8))\(d(2))-\(d(4)) ext. \(d(3))"
        case 4: return "\(area())\(2 + below(8))\(d(6))"
        case 5: return "+44 7\(["4", "5", "7", "8"][below(4)])\(d(2)) \(d(6))"
        case 6: return "+44 20 7\(d(3)) \(d(4))"
        case 7: return "+49 (\(["30", "89", "40"][below(3)])) \(d(7))"
        case 8: return "+49 15\(["1", "2", "7"][below(3)]) \(d(8))"
        default: return "\(area())-\(2 + below(8))\(d(2))-\(d(4))"
        }
    }
}
