/// A job's live counters, overall and per list, as the store keeps them beside every lease and
/// result: named integers, so the store adds deltas without knowing what they mean.
public struct JobCounters: Sendable, Equatable {
    /// Counter values by list id.
    public var perList: [Int64: [String: Int]]

    public init(perList: [Int64: [String: Int]] = [:]) {
        self.perList = perList
    }

    public static let total = "total"
    public static let unattempted = "unattempted"
    public static let inProgress = "inProgress"
    public static let attempted = "attempted"
    public static let retries = "retries"
    public static let callbacks = "callbacks"
    public static let finished = "finished"
    /// Contacts still to be worked: ready, leased, retry or callback.
    public static let open = "open"
    /// Results posted (expired leases not counted).
    public static let attempts = "attempts"
    public static func filtered(_ reason: FilterReason) -> String { "filtered.\(reason.rawValue)" }
    public static func waiting(_ reason: WaitReason) -> String { "waiting.\(reason.rawValue)" }
    public static func code(_ code: String) -> String { "code.\(code)" }

    /// The values of all lists together.
    public var overall: [String: Int] {
        perList.values.reduce(into: [:]) { sum, list in
            for (name, value) in list { sum[name, default: 0] += value }
        }
    }

    public func value(_ name: String) -> Int { perList.values.reduce(0) { $0 + ($1[name] ?? 0) } }

    public var open: Int { value(Self.open) }

    /// Contacts whose latest result has `code`.
    public func latestCode(_ code: String) -> Int { value(Self.code(code)) }

    /// Adds a delta to one list's counters.
    public mutating func add(_ delta: [String: Int], list: Int64) {
        for (name, value) in delta { perList[list, default: [:]][name, default: 0] += value }
    }

    /// Without the counters that are zero, as a recount would give them.
    public var nonZero: JobCounters {
        JobCounters(perList: perList.mapValues { $0.filter { $0.value != 0 } }.filter { !$0.value.isEmpty })
    }
}
