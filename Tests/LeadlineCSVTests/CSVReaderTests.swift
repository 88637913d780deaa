import Foundation
import LeadlineTestSupport
import Testing
@testable import LeadlineCSV

/// Hands out a source's bytes a few at a time, so every record crosses chunk boundaries.
struct TrickleSource: ByteSource {
    var bytes: [UInt8]
    var offset = 0
    var step = 3

    mutating func read(into buffer: inout [UInt8], upTo count: Int) throws(CSVError) -> Bool {
        guard offset < bytes.count else { return false }
        let end = min(bytes.count, offset + min(count, step))
        buffer.append(contentsOf: bytes[offset..<end])
        offset = end
        return true
    }
}

func rows(
    _ bytes: [UInt8], separator: UInt8? = nil, hasHeader: Bool? = false, encoding: TextEncoding? = nil,
    limits: CSVReader<TrickleSource>.Limits = .init(chunkBytes: 5)
) throws -> (rows: [CSVRow], dialect: CSVDialect) {
    var reader = try CSVReader(source: TrickleSource(bytes: bytes), separator: separator, hasHeader: hasHeader, encoding: encoding, limits: limits)
    var result: [CSVRow] = []
    var row = CSVRow()
    while try reader.next(into: &row) { result.append(row) }
    return (result, reader.dialect)
}

func cells(_ text: String, separator: UInt8? = nil) throws -> [[String]] {
    try rows(Array(text.utf8), separator: separator).rows.map(\.cells)
}

@Suite struct CSVReaderTests {
    @Test func quotingAsRFC4180WritesIt() throws {
        #expect(try cells("a,\"b,c\",\"say \"\"hi\"\"\"\n") == [["a", "b,c", "say \"hi\""]])
        #expect(try cells("\"two\nlines\",x\r\nnext,row\r\n") == [["two\nlines", "x"], ["next", "row"]])
        #expect(try cells("a,,\"\"\n,\n") == [["a", "", ""], ["", ""]])
        #expect(try cells("\"closed\"after,x\n") == [["closedafter", "x"]], "text after a closing quote is kept")
        #expect(try cells("in\"side,x\n") == [["in\"side", "x"]], "a quote inside a plain cell is a character")
    }

    @Test func everyLineEnd() throws {
        let expected = [["a", "b"], ["c", "d"], ["e", "f"]]
        #expect(try cells("a,b\nc,d\ne,f") == expected)
        #expect(try cells("a,b\r\nc,d\r\ne,f\r\n") == expected)
        #expect(try cells("a,b\rc,d\re,f\r") == expected)
        #expect(try cells("a,b\n\n\r\nc,d\ne,f\n\n") == expected, "blank lines are no records")
    }

    @Test func lineNumbersCountQuotedLineBreaks() throws {
        let read = try rows(Array("h1,h2\n\"multi\nline\",x\n\nlast,y\n".utf8)).rows
        #expect(read.map(\.line) == [1, 2, 5])
    }

    @Test(arguments: [",", ";", ":", "\t", " ", "|"])
    func everySeparatorGivenOrDetected(_ separator: String) throws {
        let byte = separator.utf8.first!
        let text = ["first_name", "phone1", "email"].joined(separator: separator) + "\n"
            + ["Ann", "\"+1 415\(separator)555\"", "ann@example.com"].joined(separator: separator) + "\n"
        let given = try rows(Array(text.utf8), separator: byte)
        let detected = try rows(Array(text.utf8), separator: nil, hasHeader: nil)
        #expect(given.rows.map(\.cells) == detected.rows.map(\.cells))
        #expect(detected.dialect.separator == byte && detected.dialect.hasHeader)
        #expect(given.rows[1].cells == ["Ann", "+1 415\(separator)555", "ann@example.com"])
    }

    @Test func headerDetection() throws {
        #expect(try rows(Array("name,phone\nAnn,+14155550100\n".utf8), hasHeader: nil).dialect.hasHeader)
        #expect(try !rows(Array("Ann,+14155550100\nBob,+14155550101\n".utf8), hasHeader: nil).dialect.hasHeader)
        #expect(try !rows(Array("ann@example.com;Ann\n".utf8), hasHeader: nil).dialect.hasHeader)
    }

    @Test func encodingsByMarkOrByBytes() throws {
        let text = "name,city\nZoë,Köln €\n"
        let expected = [["name", "city"], ["Zoë", "Köln €"]]
        let utf8BOM = try rows([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(utf8BOM.rows.map(\.cells) == expected && utf8BOM.dialect.encoding == .utf8BOM)
        let le = try rows([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(le.rows.map(\.cells) == expected && le.dialect.encoding == .utf16LE)
        let be = try rows([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(be.rows.map(\.cells) == expected && be.dialect.encoding == .utf16BE)
        let cp1252: [UInt8] = Array("name,city\nZo".utf8) + [0xEB] + Array(",K".utf8) + [0xF6] + Array("ln ".utf8) + [0x80, 0x0A]
        let windows = try rows(cp1252, limits: .init())
        #expect(windows.rows.map(\.cells) == expected && windows.dialect.encoding == .windows1252)
        let surrogates = "a,😀\n"
        let pair = try rows([0xFF, 0xFE] + surrogates.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(pair.rows.map(\.cells) == [["a", "😀"]], "a surrogate pair split across chunks is joined")
    }

    @Test func mixedEncodingsKeepEveryCharacter() throws {
        let bytes = Array("name\nZoë\n".utf8) + Array("K".utf8) + [0xF6, 0x0A]
        let read = try rows(bytes, limits: .init(chunkBytes: 8))
        #expect(read.rows.map(\.cells) == [["name"], ["Zoë"], ["Kö"]] && read.dialect.encoding == .utf8)
        // Past the sample that chose the encoding, too.
        let late = Array("name\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 70_000) + [0x0A] + Array("K".utf8) + [0xF6, 0x0A]
        #expect(try rows(late, limits: .init(chunkBytes: 8)).rows.last?.cells == ["Kö"])
    }

    @Test func anUnclosedQuoteIsReportedOnItsLine() throws {
        let read = try rows(Array("a,b\nc,\"never closed\nd,e\n".utf8)).rows
        #expect(read.count == 2 && read[1].line == 2 && read[1].problem == .unclosedQuote)
    }

    @Test func aBinaryFileIsNotText() throws {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        png += Array(repeating: 0, count: 64)
        #expect(throws: CSVError.notText(line: 3)) { try rows(png) }
        let utf16WithoutMark = "name\nAnn\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(throws: CSVError.notText(line: 1)) { try rows(utf16WithoutMark) }
    }

    @Test func oversizedRowsAndTooManyCellsAreRejectedNotHeld() throws {
        let big = "a,b\n" + "x," + String(repeating: "y", count: 5000) + "\n" + "c,d\n"
        let read = try rows(Array(big.utf8), limits: .init(maxRowBytes: 1000, chunkBytes: 64)).rows
        #expect(read.map(\.problem) == [nil, .tooLarge(limit: 1000), nil])
        #expect(read[1].bytes.count <= 1000 && read[2].cells == ["c", "d"])
        let wide = String(repeating: "x,", count: 100_000) + "x\nc,d\n"
        let many = try rows(Array(wide.utf8), limits: .init(maxCells: 2048, chunkBytes: 4096)).rows
        #expect(many.map(\.problem) == [.tooManyCells(limit: 2048), nil] && many[0].count == 2048)
    }

    @Test func aFileOnDiskStreams() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var text = "id,name\n"
        for index in 0..<50_000 { text += "\(index),\"Name, \(index)\"\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var reader = try CSVReader(source: try FileByteSource(path: path), limits: .init(chunkBytes: 4096))
        var row = CSVRow()
        var count = 0
        var last: [String] = []
        while try reader.next(into: &row) {
            count += 1
            last = row.cells
        }
        #expect(count == 50_001 && last == ["49999", "Name, 49999"] && reader.bytesRead == text.utf8.count)
        #expect(throws: CSVError.self) { try FileByteSource(path: path + ".missing") }

        // The same file gzipped reads the same, in constant memory.
        #expect(try Subprocess.run(["gzip", "-k", path]).status == 0)
        defer { try? FileManager.default.removeItem(atPath: path + ".gz") }
        var gzipped = try CSVReader(source: try FileByteSource(path: path + ".gz"), limits: .init(chunkBytes: 4096))
        var rows = 0
        while try gzipped.next(into: &row) {
            rows += 1
            last = row.cells
        }
        #expect(rows == 50_001 && last == ["49999", "Name, 49999"])
        var cut = try Data(contentsOf: URL(fileURLWithPath: path + ".gz"))
        cut = cut.prefix(cut.count / 2) + Data(repeating: 0x55, count: 64)
        try cut.write(to: URL(fileURLWithPath: path + ".gz"))
        #expect(throws: CSVError.self) {
            var broken = try CSVReader(source: try FileByteSource(path: path + ".gz"), limits: .init(chunkBytes: 4096))
            while try broken.next(into: &row) {}
        }
    }
}

@Suite struct GzipBombTests {
    private func bomb(members: Int) throws -> (path: String, inflated: Int) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).csv.gz").path
        return (path, try GzipBomb.write(to: path, members: members))
    }

    @Test func aBombInflatesInConstantMemory() throws {
        let (path, inflated) = try bomb(members: 30)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        #expect(inflated / size > 500, "the bomb inflates \(inflated / size) times")
        // Each read hands back at most what was asked for, however far the chunk read inflates:
        // memory is bounded by the reader's buffer, not by the bomb.
        let source = try FileByteSource(path: path, inflation: InflationLimit(maximumRatio: 100_000))
        var buffer: [UInt8] = []
        var largest = 0
        var total = 0
        while try source.read(into: &buffer, upTo: 1 << 20) {
            largest = max(largest, buffer.count)
            total += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        #expect(total == inflated && source.inflatedBytes == inflated)
        #expect(largest <= 1 << 20, "one read returned \(largest) bytes")
    }

    @Test func aBombIsRefusedByRatioAndBySize() throws {
        let (path, _) = try bomb(members: 20)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: CSVError.inflationRatio(limit: 200)) { try FileByteSource.checkInflation(path: path, limit: InflationLimit()) }
        #expect(throws: CSVError.inflatesBeyond(limit: 5_000_000)) {
            try FileByteSource.checkInflation(path: path, limit: InflationLimit(maximumBytes: 5_000_000, maximumRatio: 100_000))
        }
        // The reader says the same, so an import fails with the reason rather than filling memory.
        #expect(throws: CSVError.inflationRatio(limit: 200)) {
            var reader = try CSVReader(source: try FileByteSource(path: path), hasHeader: true)
            var row = CSVRow()
            while try reader.next(into: &row) {}
        }
    }

    @Test func anOrdinaryGzipFileIsNotABomb() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("leads-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path); try? FileManager.default.removeItem(atPath: path + ".gz") }
        var leads = LeadFile()
        _ = try leads.write(rows: 20_000, to: path)
        #expect(try Subprocess.run(["gzip", "-k", path]).status == 0)
        let plain = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        #expect(try FileByteSource.checkInflation(path: path + ".gz", limit: InflationLimit()) == plain)
    }
}
