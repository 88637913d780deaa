/// Writes records as delimited text in a chosen encoding, quoting where RFC 4180 needs it and
/// neutralizing cells a spreadsheet would run as a formula.
public struct CSVWriter {
    public let dialect: CSVDialect
    /// Whether cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'`, so that a
    /// spreadsheet shows them as text instead of running them. A signed plain number, such as an
    /// E.164 phone number or a negative balance, runs nothing and is written as it is.
    public let neutralizeFormulas: Bool
    private var started = false

    public init(dialect: CSVDialect, neutralizeFormulas: Bool = true) {
        self.dialect = dialect
        self.neutralizeFormulas = neutralizeFormulas
    }

    /// Appends one record, and the byte-order mark before the first.
    public mutating func write(_ cells: some Sequence<String>, into output: inout [UInt8]) {
        if !started {
            output.append(contentsOf: dialect.encoding.byteOrderMark)
            started = true
        }
        var first = true
        for cell in cells {
            if !first { encode(CollectionOfOne(dialect.separator), into: &output) }
            first = false
            encodeCell(cell, into: &output)
        }
        encode([0x0D, 0x0A], into: &output)
    }

    private func encodeCell(_ cell: String, into output: inout [UInt8]) {
        var text = cell
        if neutralizeFormulas, let first = text.utf8.first, Self.formulaStarts.contains(first), !Self.isSignedNumber(text) {
            text = "'" + text
        }
        let needsQuotes = text.utf8.contains { $0 == dialect.separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || text.utf8.first == UInt8(ascii: " ") || text.utf8.last == UInt8(ascii: " ")
        guard needsQuotes else {
            encode(text.utf8, into: &output)
            return
        }
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            quoted.append(byte)
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
        }
        quoted.append(UInt8(ascii: "\""))
        encode(quoted, into: &output)
    }

    /// A signed plain number, or a number in E.164 with its extension (`+14155550100 ext. 45`,
    /// as exports write one): neither runs anything in a spreadsheet.
    private static func isSignedNumber(_ text: String) -> Bool {
        let parts = text.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        if parts.count == 3, text.utf8.first == UInt8(ascii: "+"), parts[1].elementsEqual("ext.".utf8) {
            let isDigits = { (part: Substring.UTF8View.SubSequence) in !part.isEmpty && part.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
            return isDigits(parts[0].dropFirst()) && isDigits(parts[2])
        }
        let utf8 = text.utf8
        guard let sign = utf8.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), utf8.count > 1 else { return false }
        var points = 0
        for byte in utf8.dropFirst() {
            if byte == UInt8(ascii: ".") { points += 1 } else if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { return false }
        }
        return points <= 1 && utf8.last != UInt8(ascii: ".")
    }

    private static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// UTF-8 bytes in the writer's encoding; characters Windows-1252 lacks become `?`.
    private func encode(_ utf8: some Sequence<UInt8>, into output: inout [UInt8]) {
        switch dialect.encoding {
        case .utf8, .utf8BOM:
            output.append(contentsOf: utf8)
        case .utf16LE, .utf16BE:
            for unit in String(decoding: Array(utf8), as: UTF8.self).utf16 {
                let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                output.append(contentsOf: dialect.encoding == .utf16LE ? [low, high] : [high, low])
            }
        case .windows1252:
            for scalar in String(decoding: Array(utf8), as: UTF8.self).unicodeScalars {
                output.append(Windows1252.byte(of: scalar) ?? UInt8(ascii: "?"))
            }
        }
    }
}
