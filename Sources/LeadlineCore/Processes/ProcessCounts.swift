/// What a process did, row by row. A cancelled or failed process's counts are what was committed.
public struct ProcessCounts: Sendable, Equatable, Codable {
    /// Data rows read from the file (the header not counted).
    public var read = 0
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public var deleted = 0
    public var rejected = 0
    /// Rows whose key an earlier row of the same file had.
    public var duplicates = 0
    public var exported = 0

    public init() {}

    public static func + (lhs: ProcessCounts, rhs: ProcessCounts) -> ProcessCounts {
        var sum = lhs
        sum.read += rhs.read
        sum.inserted += rhs.inserted
        sum.updated += rhs.updated
        sum.unchanged += rhs.unchanged
        sum.deleted += rhs.deleted
        sum.rejected += rhs.rejected
        sum.duplicates += rhs.duplicates
        sum.exported += rhs.exported
        return sum
    }
}
