/// Reads delimited text record by record from a byte source in constant memory: RFC 4180
/// quoting (doubled quotes, separators and line ends inside quotes), CRLF, LF or CR line ends,
/// and the encodings of `TextEncoding`, all turned into UTF-8 cells.
public struct CSVReader<Source: ByteSource> {
    public struct Limits: Sendable {
        /// A row longer than this is rejected, not held: a 10 MB cell is a broken file, not a contact.
        public var maxRowBytes: Int
        public var maxCells: Int
        /// How much is read from the source at a time; memory stays near a few of these.
        public var chunkBytes: Int

        public init(maxRowBytes: Int = 1 << 20, maxCells: Int = 2048, chunkBytes: Int = 1 << 20) {
            self.maxRowBytes = maxRowBytes
            self.maxCells = maxCells
            self.chunkBytes = chunkBytes
        }
    }

    public private(set) var dialect: CSVDialect
    /// Bytes taken from the source so far, for progress against a file's size.
    public private(set) var bytesRead = 0
    private var source: Source
    private let limits: Limits
    /// UTF-8 text not yet parsed lies in `buffer[position...]`.
    private var buffer: [UInt8] = []
    private var position = 0
    private var raw: [UInt8] = []
    private var exhausted = false
    private var utf16: UTF16Transcoder?
    private var line = 1
    /// A CR ended the last record; an LF right after it belongs to the same line end.
    private var skipLineFeed = false

    /// Reads the start of the source to learn its encoding (from a byte-order mark, else UTF-8
    /// when the bytes are UTF-8, else Windows-1252) and, when not given, its separator and
    /// whether it has a header.
    public init(
        source: Source, separator: UInt8? = nil, hasHeader: Bool? = nil, encoding: TextEncoding? = nil, limits: Limits = Limits()
    ) throws(CSVError) {
        self.source = source
        self.limits = limits
        dialect = CSVDialect()
        // Detection sees at least 64 KiB, or the whole text, however the source hands it out.
        let sample = max(limits.chunkBytes, 64 * 1024)
        var more = true
        while more && raw.count < sample {
            more = try self.source.read(into: &raw, upTo: sample - raw.count)
        }
        bytesRead = raw.count
        var detected = encoding ?? .utf8
        if let (announced, length) = TextEncoding.announced(by: raw) {
            detected = announced
            raw.removeFirst(length)
        } else if encoding == nil {
            detected = Self.guessEncoding(raw, complete: !more)
        }
        dialect.encoding = detected
        // A NUL in 8-bit text means the file is no text at all; say so before its first line is read as a header.
        if detected != .utf16LE && detected != .utf16BE, let nul = raw.firstIndex(of: 0) {
            throw .notText(line: raw[..<nul].count { $0 == 0x0A } + 1)
        }
        if detected == .utf16LE || detected == .utf16BE { utf16 = UTF16Transcoder(bigEndian: detected == .utf16BE) }
        try decode(final: !more)
        dialect.separator = separator ?? Self.guessSeparator(buffer)
        dialect.hasHeader = hasHeader ?? Self.guessHeader(buffer, separator: dialect.separator)
    }

    /// Reads the next record into `row`, reusing its storage; false at the end of the text.
    public mutating func next(into row: inout CSVRow) throws(CSVError) -> Bool {
        while true {
            guard let ended = try readRecord(into: &row) else { return false }
            // A blank line is no record.
            if ended && row.count == 1 && row.bytes.isEmpty && row.problem == nil { continue }
            return true
        }
    }

    private enum State { case cellStart, unquoted, quoted, quoteInQuoted }

    /// One record; nil at the end of the text, else whether it was a plain record.
    private mutating func readRecord(into row: inout CSVRow) throws(CSVError) -> Bool? {
        var state = State.cellStart
        var started = false
        row.reset(line: line)
        let separator = dialect.separator
        let quote = UInt8(ascii: "\"")
        while true {
            if position == buffer.count {
                guard try refill() else {
                    guard started else { return nil }
                    if state == .quoted { row.problem = .unclosedQuote }
                    endCell(&row)
                    return true
                }
            }
            if skipLineFeed {
                skipLineFeed = false
                if buffer[position] == 0x0A {
                    position += 1
                    continue
                }
            }
            started = true
            let byte = buffer[position]
            position += 1
            switch state {
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                } else {
                    if byte == 0 { throw .notText(line: line) }
                    if byte == 0x0A { line += 1 }
                    append(byte, to: &row)
                }
            case .quoteInQuoted:
                if byte == quote {
                    append(quote, to: &row)
                    state = .quoted
                } else {
                    // Text after a closing quote is kept as written, as spreadsheet programs do.
                    position -= 1
                    state = .unquoted
                }
            case .cellStart, .unquoted:
                switch byte {
                case separator:
                    endCell(&row)
                    state = .cellStart
                case 0x0A, 0x0D:
                    line += 1
                    skipLineFeed = byte == 0x0D
                    endCell(&row)
                    return true
                case quote where state == .cellStart:
                    state = .quoted
                case 0:
                    throw .notText(line: line)
                default:
                    state = .unquoted
                    appendRun(from: position - 1, separator: separator, to: &row)
                }
            }
        }
    }

    /// Appends the bytes from `start` up to the next byte that means something, in one copy.
    private mutating func appendRun(from start: Int, separator: UInt8, to row: inout CSVRow) {
        var end = start + 1
        buffer.withUnsafeBufferPointer { bytes in
            while end < bytes.count {
                let byte = bytes[end]
                if byte == separator || byte == 0x0A || byte == 0x0D || byte == 0 || byte == UInt8(ascii: "\"") { break }
                end += 1
            }
        }
        guard row.problem == nil else {
            position = end
            return
        }
        if row.bytes.count + (end - start) > limits.maxRowBytes {
            row.problem = .tooLarge(limit: limits.maxRowBytes)
        } else {
            row.bytes.append(contentsOf: buffer[start..<end])
        }
        position = end
    }

    private func append(_ byte: UInt8, to row: inout CSVRow) {
        guard row.problem == nil else { return }
        if row.bytes.count >= limits.maxRowBytes {
            row.problem = .tooLarge(limit: limits.maxRowBytes)
        } else {
            row.bytes.append(byte)
        }
    }

    private func endCell(_ row: inout CSVRow) {
        guard row.problem == nil || row.problem == .unclosedQuote else { return }
        if row.ends.count >= limits.maxCells {
            row.problem = .tooManyCells(limit: limits.maxCells)
        } else {
            row.ends.append(row.bytes.count)
        }
    }

    /// Replaces the parsed text with the next chunk; false at the end of the source.
    private mutating func refill() throws(CSVError) -> Bool {
        buffer.removeAll(keepingCapacity: true)
        position = 0
        while buffer.isEmpty {
            guard !exhausted else { return false }
            raw.removeAll(keepingCapacity: true)
            let more = try source.read(into: &raw, upTo: limits.chunkBytes)
            bytesRead += raw.count
            try decode(final: !more)
        }
        return true
    }

    /// Moves `raw` into `buffer` as UTF-8.
    private mutating func decode(final: Bool) throws(CSVError) {
        if final { exhausted = true }
        switch dialect.encoding {
        case .utf8, .utf8BOM: buffer.append(contentsOf: raw)
        case .windows1252: Windows1252.transcode(raw, into: &buffer)
        case .utf16LE, .utf16BE: utf16?.transcode(raw, into: &buffer, final: final)
        }
        raw.removeAll(keepingCapacity: true)
    }

    /// UTF-8 unless some line is not UTF-8 and none has UTF-8 beyond ASCII: then the file is
    /// Windows-1252. A file mixing both is read as UTF-8, and its odd cells as Windows-1252
    /// (`CSVRow` does that cell by cell).
    static func guessEncoding(_ bytes: [UInt8], complete: Bool) -> TextEncoding {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
        // The last line of an incomplete sample may be cut inside a character.
        if !complete, lines.count > 1 { lines.removeLast() }
        var sawUTF8 = false
        var sawOther = false
        for line in lines where line.contains(where: { $0 >= 0x80 }) {
            if String(validating: line, as: UTF8.self) != nil { sawUTF8 = true } else { sawOther = true }
        }
        return sawOther && !sawUTF8 ? .windows1252 : .utf8
    }

    /// The separator of the first line: the most frequent of comma, semicolon, tab and pipe
    /// outside quotes; colon or space only when none of those appears.
    static func guessSeparator(_ text: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in text.prefix(64 * 1024) {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if CSVDialect.separators.contains(byte) { counts[byte, default: 0] += 1 }
        }
        for group in [CSVDialect.separators.prefix(4), CSVDialect.separators.suffix(2)] {
            if let best = group.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }), counts[best, default: 0] > 0 {
                return best
            }
        }
        return UInt8(ascii: ",")
    }

    /// Whether the first row names columns: each of its cells has a letter and none looks like
    /// data (digits, an email address), where the second row has some that do.
    static func guessHeader(_ text: [UInt8], separator: UInt8) -> Bool {
        var reader: CSVReader<MemoryByteSource>
        do {
            reader = try CSVReader<MemoryByteSource>(
                source: MemoryByteSource(Array(text.prefix(256 * 1024))), separator: separator, hasHeader: false, encoding: .utf8)
        } catch { return true }
        var first = CSVRow()
        guard (try? reader.next(into: &first)) == true else { return true }
        func looksLikeName(_ cell: String) -> Bool {
            !cell.isEmpty && !cell.contains("@") && cell.contains { $0.isLetter }
                && cell.filter(\.isNumber).count * 2 < cell.count
        }
        return first.cells.allSatisfy(looksLikeName)
    }
}
