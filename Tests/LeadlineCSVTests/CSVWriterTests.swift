import Testing
@testable import LeadlineCSV

@Suite struct CSVWriterTests {
    @Test func formulaCellsAreNeutralized() {
        var writer = CSVWriter(dialect: CSVDialect())
        var output: [UInt8] = []
        writer.write(["=HYPERLINK(\"x\")", "+1 415", "-2+3", "@SUM", "\tx", "plain", "+14155550100", "-12.5", "+1-cmd|' /C calc'!A0"], into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "\"'=HYPERLINK(\"\"x\"\")\",'+1 415,'-2+3,'@SUM,'\tx,plain,+14155550100,-12.5,'+1-cmd|' /C calc'!A0\r\n")
    }

    @Test func byteOrderMarksOnce() {
        var writer = CSVWriter(dialect: CSVDialect(encoding: .utf8BOM))
        var output: [UInt8] = []
        writer.write(["a"], into: &output)
        writer.write(["b"], into: &output)
        #expect(output == [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8))
        var utf16 = CSVWriter(dialect: CSVDialect(encoding: .utf16LE))
        var wide: [UInt8] = []
        utf16.write(["é"], into: &wide)
        #expect(wide == [0xFF, 0xFE, 0xE9, 0x00, 0x0D, 0x00, 0x0A, 0x00])
    }

    /// Whatever the cells, writing them and reading them back gives the same cells.
    @Test(arguments: TextEncoding.allCases)
    func writingThenReadingGivesTheSameCells(_ encoding: TextEncoding) throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = Array("abcXYZ019 ,;:|\t\"'\r\n=+-@éü€") + ["😀", "中"]
        for separator in CSVDialect.separators {
            var records: [[String]] = []
            for _ in 0..<200 {
                let count = Int.random(in: 1...6, using: &generator)
                records.append((0..<count).map { _ in
                    // A formula start gets a quote on writing, so the cells here start otherwise.
                    var cell = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
                    if encoding == .windows1252 { cell = String(cell.unicodeScalars.filter { Windows1252.byte(of: $0) != nil }.map(Character.init)) }
                    while let first = cell.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13].contains(first) {
                        cell.removeFirst()
                    }
                    return cell
                })
            }
            // A record of one empty cell is a blank line, which readers skip.
            records = records.filter { $0 != [""] }
            var writer = CSVWriter(dialect: CSVDialect(separator: separator, encoding: encoding))
            var output: [UInt8] = []
            for record in records { writer.write(record, into: &output) }
            // Windows-1252 is declared: some of its byte runs are valid UTF-8 too, so detection may
            // rightly read a random sample as UTF-8.
            let read = try rows(output, separator: separator, encoding: encoding == .windows1252 ? .windows1252 : nil, limits: .init(chunkBytes: 7))
            #expect(read.rows.map(\.cells) == records, "separator \(CSVDialect.name(of: separator)) \(encoding)")
        }
    }
}
