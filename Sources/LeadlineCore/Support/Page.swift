/// One page of a cursor-paginated listing, ordered by id.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// The cursor for the following page, or nil on the last one.
    public var nextCursor: Cursor?

    public init(items: [Item], nextCursor: Cursor?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

/// How much of a listing to read: up to `limit` items after `cursor`.
public struct PageRequest: Sendable, Equatable {
    public static let maximumLimit = 1000
    public static let defaultLimit = 50

    public var limit: Int
    public var after: Cursor?

    public init(limit: Int = PageRequest.defaultLimit, after: Cursor? = nil) {
        self.limit = limit
        self.after = after
    }

    /// Checks a page size given by a caller.
    public static func validated(limit: Int?, cursor: String?) throws(ValidationFailure) -> PageRequest {
        var issues = IssueCollector()
        let size = limit ?? defaultLimit
        if size < 1 || size > maximumLimit {
            issues.add("limit", "must be between 1 and \(maximumLimit)")
        }
        var after: Cursor?
        if let cursor {
            after = Cursor(token: cursor)
            if after == nil { issues.add("cursor", "is not a cursor returned by this listing") }
        }
        try issues.check()
        return PageRequest(limit: size, after: after)
    }
}
