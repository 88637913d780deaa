import Foundation

/// A campaign's thresholds for its callbacks (seeds 002 and 003): when one counts as due and as
/// delayed, how long a preferred agent has it to themselves, how long it may be delivered when
/// the caller gives no end, and at most how many may fall in any interval.
public struct CallbackSettings: Sendable, Equatable, Codable {
    /// How long before its time a callback counts as due, and may be leased.
    public var dueBeforeMinutes: Int
    /// The largest delay after its time before it counts as delayed.
    public var delayedAfterMinutes: Int
    /// How long after its time a `prefer_agent` callback waits for its agent before anyone may take it.
    public var preferAgentWaitMinutes: Int
    /// The window a callback is given when its end is not: this long after its time.
    public var windowMinutes: Int
    /// At most `count` callbacks in any interval of `minutes`; nil for no limit.
    public var limit: Limit?

    public struct Limit: Sendable, Equatable, Codable {
        public var count: Int
        public var minutes: Int
        public init(count: Int, minutes: Int) {
            self.count = count
            self.minutes = minutes
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case count, minutes }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            count = try container.decode(Int.self, forKey: .count)
            minutes = try container.decode(Int.self, forKey: .minutes)
        }
    }

    public init(dueBeforeMinutes: Int = 0, delayedAfterMinutes: Int = 15, preferAgentWaitMinutes: Int = 10, windowMinutes: Int = 1440, limit: Limit? = nil) {
        self.dueBeforeMinutes = dueBeforeMinutes
        self.delayedAfterMinutes = delayedAfterMinutes
        self.preferAgentWaitMinutes = preferAgentWaitMinutes
        self.windowMinutes = windowMinutes
        self.limit = limit
    }

    var dueBeforeSeconds: Double { Double(dueBeforeMinutes) * 60 }
    var delayedAfterSeconds: Double { Double(delayedAfterMinutes) * 60 }
    var preferAgentWaitSeconds: Double { Double(preferAgentWaitMinutes) * 60 }

    /// When a callback due at `dueAt` may first be leased.
    public func leasableAt(_ dueAt: Date) -> Date { dueAt.addingTimeInterval(-dueBeforeSeconds) }

    /// The end of a callback's window when none is given.
    public func windowEnd(after dueAt: Date) -> Date { dueAt.addingTimeInterval(Double(windowMinutes) * 60) }

    enum CodingKeys: String, CodingKey, CaseIterable { case dueBeforeMinutes, delayedAfterMinutes, preferAgentWaitMinutes, windowMinutes, limit }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = CallbackSettings()
        dueBeforeMinutes = try container.decodeIfPresent(Int.self, forKey: .dueBeforeMinutes) ?? defaults.dueBeforeMinutes
        delayedAfterMinutes = try container.decodeIfPresent(Int.self, forKey: .delayedAfterMinutes) ?? defaults.delayedAfterMinutes
        preferAgentWaitMinutes = try container.decodeIfPresent(Int.self, forKey: .preferAgentWaitMinutes) ?? defaults.preferAgentWaitMinutes
        windowMinutes = try container.decodeIfPresent(Int.self, forKey: .windowMinutes) ?? defaults.windowMinutes
        limit = try container.decodeIfPresent(Limit.self, forKey: .limit)
    }

    public func check(field: String, issues: inout IssueCollector) {
        let day = 1440
        if !(0...day).contains(dueBeforeMinutes) { issues.add("\(field).dueBeforeMinutes", "must be 0 to \(day)") }
        if !(1...day).contains(delayedAfterMinutes) { issues.add("\(field).delayedAfterMinutes", "must be 1 to \(day)") }
        if !(0...day).contains(preferAgentWaitMinutes) { issues.add("\(field).preferAgentWaitMinutes", "must be 0 to \(day)") }
        if !(1...(30 * day)).contains(windowMinutes) { issues.add("\(field).windowMinutes", "must be 1 to \(30 * day) (30 days)") }
        if let limit {
            if !(1...100_000).contains(limit.count) { issues.add("\(field).limit.count", "must be 1 to 100000") }
            if !(1...(7 * day)).contains(limit.minutes) { issues.add("\(field).limit.minutes", "must be 1 to \(7 * day) (a week)") }
        }
    }
}

extension CallbackSettings.Limit {
    /// The first time from `wanted` on at which one more callback keeps every interval of
    /// `minutes` at `count` or fewer, given the times already booked.
    ///
    /// A time is refused when `count` booked times and it fit in one interval, that is, within
    /// less than `minutes` of each other. Refusal can only end when the earliest of such a group
    /// leaves the interval, so the candidates are `wanted` and each booked time plus the interval.
    public func firstFree(from wanted: Date, booked: [Date]) -> Date {
        let span = Double(minutes) * 60
        let sorted = booked.sorted()
        // The first index of the sorted times at which `before` stops holding.
        func boundary(_ before: (Date) -> Bool) -> Int {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if before(sorted[middle]) { low = middle + 1 } else { high = middle }
            }
            return low
        }
        func free(_ time: Date) -> Bool {
            let from = boundary { time.timeIntervalSince($0) >= span }
            let to = boundary { $0.timeIntervalSince(time) < span }
            let near = sorted[from..<to]
            guard near.count >= count else { return true }
            // Any `count` consecutive near times that fit in one interval together with `time`.
            for start in near.startIndex...(near.endIndex - count) {
                let group = near[start..<(start + count)]
                let low = min(group.first!, time), high = max(group.last!, time)
                if high.timeIntervalSince(low) < span { return false }
            }
            return true
        }
        if free(wanted) { return wanted }
        let candidates = sorted.map { $0.addingTimeInterval(span) }.filter { $0 > wanted }
        for candidate in candidates where free(candidate) { return candidate }
        return (sorted.last ?? wanted).addingTimeInterval(span)
    }
}
