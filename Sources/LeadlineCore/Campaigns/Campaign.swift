import Foundation

/// A tenant's outbound effort as stored: its definition, with identity and version.
public struct Campaign: Sendable, Equatable {
    public var id: Int64
    public var tenantID: Int64
    public var definition: CampaignDefinition
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, tenantID: Int64, definition: CampaignDefinition, version: Int, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.tenantID = tenantID
        self.definition = definition
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// What a campaign is: which contacts (lists and a filter), worked how (a strategy), until
/// when (finish criteria), started when (a schedule).
public struct CampaignDefinition: Sendable, Equatable {
    public static let maximumLists = 50

    public var name: String
    public var channel: Channel
    public var strategyID: Int64
    public var listIDs: [Int64]
    public var filter: CampaignFilter
    public var ordering: CampaignOrdering
    /// The tenant's own codes agents and applications may post; system codes always may.
    public var allowedCodes: [String]
    public var finish: FinishCriteria
    public var schedule: ScheduleInput?
    /// When its callbacks count as due and delayed, and how many it allows in an interval.
    public var callbacks: CallbackSettings
    /// The gateway an SMS or email campaign sends through.
    public var gatewayID: Int64?
    public var enabled: Bool

    public init(
        name: String, channel: Channel, strategyID: Int64, listIDs: [Int64], filter: CampaignFilter = .everyone,
        ordering: CampaignOrdering = .priority, allowedCodes: [String] = [], finish: FinishCriteria = .allProcessed,
        schedule: ScheduleInput? = nil, callbacks: CallbackSettings = CallbackSettings(), gatewayID: Int64? = nil, enabled: Bool = true
    ) {
        self.gatewayID = gatewayID
        self.name = name
        self.channel = channel
        self.strategyID = strategyID
        self.listIDs = listIDs
        self.filter = filter
        self.ordering = ordering
        self.allowedCodes = allowedCodes
        self.finish = finish
        self.schedule = schedule
        self.callbacks = callbacks
        self.enabled = enabled
    }
}

/// Which contacts of its lists a campaign works: all, a filter written into the campaign, or a
/// saved template by name, whose filter is read when each job starts.
public enum CampaignFilter: Sendable, Equatable {
    case everyone
    case inline(Filter)
    case template(String)
}

/// The order new contacts are tried in: by priority (highest first), then upload order; or by
/// a field (a system field or a custom field of every list), then upload order.
public enum CampaignOrdering: Sendable, Equatable {
    case priority
    case field(String, descending: Bool)
}

/// When a job ends by itself. Finite jobs end when every contact is done, or earlier on any
/// criterion met; an infinite job keeps taking new contacts of its lists and ends only on a
/// criterion or a stop.
public struct FinishCriteria: Sendable, Equatable, Codable {
    public var infinite: Bool
    /// Contacts whose latest code is one of `codes`, at least `count`.
    public var goal: Goal?
    public var durationMinutes: Int?
    /// Contacts whose latest code is `code`, at least `count`.
    public var codeCount: CodeCount?

    public struct Goal: Sendable, Equatable, Codable {
        public var count: Int
        public var codes: [String]
        public init(count: Int, codes: [String]) {
            self.count = count
            self.codes = codes
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case count, codes }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            count = try container.decode(Int.self, forKey: .count)
            codes = try container.decode([String].self, forKey: .codes)
        }
    }

    public struct CodeCount: Sendable, Equatable, Codable {
        public var code: String
        public var count: Int
        public init(code: String, count: Int) {
            self.code = code
            self.count = count
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case code, count }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            code = try container.decode(String.self, forKey: .code)
            count = try container.decode(Int.self, forKey: .count)
        }
    }

    public init(infinite: Bool = false, goal: Goal? = nil, durationMinutes: Int? = nil, codeCount: CodeCount? = nil) {
        self.infinite = infinite
        self.goal = goal
        self.durationMinutes = durationMinutes
        self.codeCount = codeCount
    }

    public static let allProcessed = FinishCriteria()

    enum CodingKeys: String, CodingKey, CaseIterable { case infinite, goal, durationMinutes, codeCount }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        infinite = try container.decodeIfPresent(Bool.self, forKey: .infinite) ?? false
        goal = try container.decodeIfPresent(Goal.self, forKey: .goal)
        durationMinutes = try container.decodeIfPresent(Int.self, forKey: .durationMinutes)
        codeCount = try container.decodeIfPresent(CodeCount.self, forKey: .codeCount)
    }

    public func check(codes: Set<String>, issues: inout IssueCollector) {
        if let goal {
            if !(1...100_000_000).contains(goal.count) { issues.add("finish.goal.count", "must be 1 to 100000000") }
            if goal.codes.isEmpty { issues.add("finish.goal.codes", "must name at least one completion code") }
            for (index, code) in goal.codes.enumerated() where !codes.contains(code) {
                issues.add("finish.goal.codes[\(index)]", "'\(code.prefix(60))' is not a completion code")
            }
        }
        if let minutes = durationMinutes, !(1...525_600).contains(minutes) { issues.add("finish.durationMinutes", "must be 1 to 525600 (a year)") }
        if let codeCount {
            if !codes.contains(codeCount.code) { issues.add("finish.codeCount.code", "'\(codeCount.code.prefix(60))' is not a completion code") }
            if !(1...100_000_000).contains(codeCount.count) { issues.add("finish.codeCount.count", "must be 1 to 100000000") }
        }
    }

    /// Whether a job that started at `startedAt`, with these counters, has reached its end.
    public func isMet(by counters: JobCounters, startedAt: Date, now: Date) -> Bool {
        if let minutes = durationMinutes, now >= startedAt.addingTimeInterval(Double(minutes) * 60) { return true }
        if let goal, goal.codes.reduce(0, { $0 + counters.latestCode($1) }) >= goal.count { return true }
        if let codeCount, counters.latestCode(codeCount.code) >= codeCount.count { return true }
        return !infinite && counters.open == 0
    }
}
