/// Windows-1252, the encoding of files saved by older spreadsheet programs in Western Europe
/// and the Americas: each byte one character.
enum Windows1252 {
    /// 0x80–0x9F differ from Latin-1; the five undefined bytes read as the replacement character.
    private static let high: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte < 0xA0 { return Unicode.Scalar(high[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }

    static func decode(_ bytes: some Sequence<UInt8>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: bytes.lazy.map(scalar))
        return text
    }

    /// Appends the UTF-8 form of `bytes` read as Windows-1252.
    static func transcode(_ bytes: some Sequence<UInt8>, into output: inout [UInt8]) {
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                UTF8.encode(scalar(byte)) { output.append($0) }
            }
        }
    }

    /// The Windows-1252 byte of a scalar, for writing; nil when it has none.
    static func byte(of scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x80 || (scalar.value >= 0xA0 && scalar.value <= 0xFF) { return UInt8(scalar.value) }
        return high.firstIndex(of: UInt16(truncatingIfNeeded: scalar.value)).map { UInt8(0x80 + $0) }
    }
}
