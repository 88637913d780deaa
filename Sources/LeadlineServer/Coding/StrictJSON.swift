/// What RFC 8259 refuses and a lenient decoder lets through: a comma before `}` or `]`.
/// Checked on the raw bytes, once, so every body is held to one grammar whatever decoder reads it.
enum StrictJSON {
    /// The byte offset of the first trailing comma outside strings, or nil.
    static func trailingComma(in bytes: some Collection<UInt8>) -> Int? {
        var inString = false
        var escaped = false
        var pendingComma: Int?
        for (offset, byte) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                continue
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let comma = pendingComma { return comma }
            case UInt8(ascii: "\""):
                inString = true
            default:
                break
            }
            pendingComma = byte == UInt8(ascii: ",") ? offset : nil
        }
        return nil
    }
}
