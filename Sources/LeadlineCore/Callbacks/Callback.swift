import Foundation

/// A scheduled task (seed 003): a contact a campaign is to call back at a time, by whom, and
/// how far it has come. The engine's clock moves it from `scheduled` to `due`, `delayed` and
/// `expired`; a handled or cancelled one is `closed`.
public struct Callback: Sendable, Equatable {
    public var id: Int64
    public var tenantID: Int64
    public var campaignID: Int64
    public var contactID: Int64
    /// The number or address to use; nil for the strategy's order.
    public var address: String?
    public var dueAt: Date
    /// After it, the callback cannot be delivered: it expires.
    public var windowEndAt: Date
    public var type: CallbackType
    public var preference: CallbackPreference
    /// Who is to take it: the agent for `only_agent` and `prefer_agent`, the other one for `other_agent`.
    public var targetAgent: String?
    public var lastAgent: String?
    public var comment: String?
    public var state: CallbackState
    /// Why the gate held it back at its time, and until when; nil when it did not.
    public var waitReason: WaitReason?
    public var waitUntil: Date?
    /// The attempt that made it, and the one that handled it.
    public var madeByAttempt: Int64?
    public var handledByAttempt: Int64?
    public var closedReason: String?
    public var createdBy: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: Int64, tenantID: Int64, campaignID: Int64, contactID: Int64, address: String?, dueAt: Date, windowEndAt: Date, type: CallbackType,
        preference: CallbackPreference, targetAgent: String?, lastAgent: String?, comment: String?, state: CallbackState, waitReason: WaitReason?,
        waitUntil: Date?, madeByAttempt: Int64?, handledByAttempt: Int64?, closedReason: String?, createdBy: String, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.tenantID = tenantID
        self.campaignID = campaignID
        self.contactID = contactID
        self.address = address
        self.dueAt = dueAt
        self.windowEndAt = windowEndAt
        self.type = type
        self.preference = preference
        self.targetAgent = targetAgent
        self.lastAgent = lastAgent
        self.comment = comment
        self.state = state
        self.waitReason = waitReason
        self.waitUntil = waitUntil
        self.madeByAttempt = madeByAttempt
        self.handledByAttempt = handledByAttempt
        self.closedReason = closedReason
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The agent who alone may take it at `now`, if one is: always for `only_agent` and
    /// `other_agent`, for `prefer_agent` until the campaign's wait after the due time.
    public func exclusiveAgent(at now: Date, settings: CallbackSettings) -> String? {
        targetAgent.flatMap { Self.exclusiveAgent(target: $0, preference: preference, dueAt: dueAt, at: now, settings: settings) }
    }

    public static func exclusiveAgent(target: String, preference: CallbackPreference, dueAt: Date, at now: Date, settings: CallbackSettings) -> String? {
        switch preference {
        case .anyone: nil
        case .onlyAgent, .otherAgent: target
        case .preferAgent: now < dueAt.addingTimeInterval(settings.preferAgentWaitSeconds) ? target : nil
        }
    }
}

/// Seed 003's schedule types: who asked for the callback and how.
public enum CallbackType: String, Sendable, Codable, CaseIterable {
    case unspecified
    case requestedFromAgent = "requested_from_agent"
    case requestedInQueue = "requested_in_queue"
    case requestedOnWeb = "requested_on_web"
    case scheduledByAgent = "scheduled_by_agent"
    case scheduledByUser = "scheduled_by_user"
    case scheduledByImport = "scheduled_by_import"
    case lostRequest = "lost_request"
    case requestedInIVR = "requested_in_ivr"
}

/// Seed 003's preference types: to whom the callback may be delivered.
public enum CallbackPreference: String, Sendable, Codable, CaseIterable {
    case anyone
    case preferAgent = "prefer_agent"
    case onlyAgent = "only_agent"
    /// To another agent, named as the target.
    case otherAgent = "other_agent"

    public var needsAgent: Bool { self != .anyone }
}

public enum CallbackState: String, Sendable, Codable, CaseIterable {
    /// Its time has not come.
    case scheduled
    /// About to reach its time, or past it within the campaign's largest delay.
    case due
    /// Past its time beyond the largest delay, not handled yet.
    case delayed
    /// Past the end of its window: it will not be delivered.
    case expired
    /// Handled by an attempt, or closed by a person.
    case closed

    /// Still to be delivered.
    public var isOpen: Bool { self == .scheduled || self == .due || self == .delayed }

    /// The order the clock moves callbacks in; it never moves one back.
    var rank: Int {
        switch self {
        case .scheduled: 0
        case .due: 1
        case .delayed: 2
        case .expired, .closed: 3
        }
    }

    /// The state the clock gives a callback at `now`: never earlier than `self`, and an ended
    /// callback stays as it is.
    public func advanced(dueAt: Date, windowEndAt: Date, settings: CallbackSettings, now: Date) -> CallbackState {
        guard isOpen else { return self }
        let reached: CallbackState =
            if now >= windowEndAt { .expired }
            else if now >= dueAt.addingTimeInterval(settings.delayedAfterSeconds) { .delayed }
            else if now >= dueAt.addingTimeInterval(-settings.dueBeforeSeconds) { .due }
            else { .scheduled }
        return reached.rank > rank ? reached : self
    }
}
