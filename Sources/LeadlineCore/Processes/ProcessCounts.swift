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
    /// Contacts a bulk process left alone because they were in progress.
    public var skipped = 0
    /// Contacts the contact management tool left out because an excluded list holds them.
    public var excluded = 0
    /// Numbers and addresses a row repeated in another of its columns, kept once.
    public var folded = 0

    public init() {}

    enum CodingKeys: String, CodingKey { case read, inserted, updated, unchanged, deleted, rejected, duplicates, exported, skipped, excluded, folded }

    /// Counts stored before a count existed read it as zero.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func count(_ key: CodingKeys) throws -> Int { try container.decodeIfPresent(Int.self, forKey: key) ?? 0 }
        read = try count(.read)
        inserted = try count(.inserted)
        updated = try count(.updated)
        unchanged = try count(.unchanged)
        deleted = try count(.deleted)
        rejected = try count(.rejected)
        duplicates = try count(.duplicates)
        exported = try count(.exported)
        skipped = try count(.skipped)
        excluded = try count(.excluded)
        folded = try count(.folded)
    }

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
        sum.skipped += rhs.skipped
        sum.excluded += rhs.excluded
        sum.folded += rhs.folded
        return sum
    }
}
