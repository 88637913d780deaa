/// How a delimited file is written: its separator, whether its first row names the columns, and
/// its text encoding.
public struct CSVDialect: Sendable, Equatable {
    /// The separators people use in contact files, in the order auto-detection prefers them.
    public static let separators: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " ")]

    public var separator: UInt8
    public var hasHeader: Bool
    public var encoding: TextEncoding

    public init(separator: UInt8 = UInt8(ascii: ","), hasHeader: Bool = true, encoding: TextEncoding = .utf8) {
        self.separator = separator
        self.hasHeader = hasHeader
        self.encoding = encoding
    }

    /// A separator as people name it: the character itself, or `tab`, `comma`, `semicolon`,
    /// `colon`, `pipe`, `space`.
    public static func separator(named name: String) -> UInt8? {
        switch name.lowercased() {
        case ",", "comma": UInt8(ascii: ",")
        case ";", "semicolon": UInt8(ascii: ";")
        case "\t", "tab", "\\t": UInt8(ascii: "\t")
        case "|", "pipe": UInt8(ascii: "|")
        case ":", "colon": UInt8(ascii: ":")
        case " ", "space": UInt8(ascii: " ")
        default: nil
        }
    }

    /// The separator's name for messages and stored settings.
    public static func name(of separator: UInt8) -> String {
        switch separator {
        case UInt8(ascii: "\t"): "tab"
        case UInt8(ascii: " "): "space"
        default: String(UnicodeScalar(separator))
        }
    }
}
