/// An opaque position in an id-ordered listing: the last id of the previous page.
public struct Cursor: Sendable, Hashable {
    public var lastID: Int64

    public init(lastID: Int64) {
        self.lastID = lastID
    }

    /// Reads a token handed out earlier; nil when it is not one of ours.
    public init?(token: String) {
        guard token.count <= 32, token.hasPrefix("c"), let id = Int64(token.dropFirst(), radix: 36), id >= 0 else {
            return nil
        }
        self.lastID = id
    }

    public var token: String { "c" + String(lastID, radix: 36) }
}
