/// An opaque position in an id-ordered listing: the last id of the previous page.
public struct Cursor: Sendable, Hashable {
    public var lastID: Int64

    public init(lastID: Int64) {
        self.lastID = lastID
    }

    /// Reads a token handed out earlier: `c` and the id in lower-case hexadecimal, at most 16
    /// digits and under 8 in the sixteenth, so that every string the OpenAPI document's pattern
    /// admits names an id and no other does; nil when it is not one of ours.
    public init?(token: String) {
        let digits = Array(token.utf8.dropFirst())
        let isHex: (UInt8) -> Bool = { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
        guard token.utf8.first == UInt8(ascii: "c"), (1...16).contains(digits.count), digits.allSatisfy(isHex),
            digits.count < 16 || digits[0] <= UInt8(ascii: "7"), let id = Int64(token.dropFirst(), radix: 16)
        else { return nil }
        self.lastID = id
    }

    public var token: String { "c" + String(lastID, radix: 16) }
}
