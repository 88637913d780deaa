import Foundation

/// How a caller writes a callback beyond its time: a dialer with a result, a person or an
/// application through the API. Everything optional; checked against the clock by `check`.
public struct CallbackOptions: Sendable, Equatable {
    public var type: CallbackType?
    public var preference: CallbackPreference?
    /// The target agent; for `only_agent` and `prefer_agent` it defaults to the agent who had the attempt.
    public var agent: String?
    public var windowEndAt: Date?
    public var comment: String?
    /// The number or address to call back on; nil for the strategy's order.
    public var address: String?

    public init(
        type: CallbackType? = nil, preference: CallbackPreference? = nil, agent: String? = nil, windowEndAt: Date? = nil, comment: String? = nil,
        address: String? = nil
    ) {
        self.type = type
        self.preference = preference
        self.agent = agent
        self.windowEndAt = windowEndAt
        self.comment = comment
        self.address = address
    }

    public static let maximumAhead: TimeInterval = 366 * 86_400
    /// A time a moment in the past is taken as now: clocks and people are not exact.
    public static let pastTolerance: TimeInterval = 60

    /// Every reason these options and `dueAt` do not make a callback at `now`, under the
    /// request's field names; `handlingAgent` is the agent of the attempt that asks, if any.
    public func check(dueAt: Date, dueField: String, now: Date, handlingAgent: String?, issues: inout IssueCollector) {
        if dueAt < now.addingTimeInterval(-Self.pastTolerance) { issues.add(dueField, "must not be in the past") }
        if dueAt > now.addingTimeInterval(Self.maximumAhead) { issues.add(dueField, "must be at most a year ahead") }
        if let windowEndAt, windowEndAt <= dueAt { issues.add("windowEnd", "must be after the callback's time") }
        if let agent, agent.isEmpty || agent.count > 100 || agent.containsControlCharacter { issues.add("agent", "must be 1 to 100 characters on one line") }
        if let comment, comment.count > 1000 { issues.add("comment", "must be at most 1000 characters") }
        if let address, address.isEmpty || address.count > 320 { issues.add("address", "must be a number or an address of the contact") }
        if let preference = preference, preference.needsAgent, target(handlingAgent: handlingAgent) == nil {
            issues.add("agent", preference == .otherAgent ? "other_agent needs the agent to deliver to" : "\(preference.rawValue) needs an agent")
        }
    }

    /// Who the callback is for: the agent named, or for `only_agent` and `prefer_agent` the one who asked.
    public func target(handlingAgent: String?) -> String? {
        switch preference ?? .anyone {
        case .anyone, .otherAgent: agent
        case .onlyAgent, .preferAgent: agent ?? handlingAgent
        }
    }
}
