/// The encodings contact files arrive in. UTF-16 is known by its byte-order mark; Windows-1252
/// is what a file is read as when its bytes are not UTF-8.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8
    /// UTF-8 with a byte-order mark, which spreadsheet programs need to read UTF-8 right.
    case utf8BOM = "utf8-bom"
    case utf16LE = "utf16le"
    case utf16BE = "utf16be"
    case windows1252

    /// The byte-order mark written at the start of a file in this encoding.
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8, .windows1252: []
        case .utf8BOM: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        }
    }

    /// The encoding a file's first bytes announce by a byte-order mark, and the mark's length.
    static func announced(by bytes: some Collection<UInt8>) -> (TextEncoding, Int)? {
        for encoding in [TextEncoding.utf8BOM, .utf16LE, .utf16BE] where bytes.starts(with: encoding.byteOrderMark) {
            return (encoding, encoding.byteOrderMark.count)
        }
        return nil
    }
}
