import Foundation
import LeadlineCore

/// The tenant's callbacks: made, found, moved, reassigned and closed, each in one transaction
/// with what it changes in the campaign's running job.
public protocol CallbackRepository: Sendable {
    /// Refused when the contact is not in one of the campaign's lists, already has an open
    /// callback there, or the campaign's interval limit is full (`CallbackLimitReached`).
    func create(_ new: NewCallback, tenantID: Int64) async throws -> Callback
    func find(id: Int64, tenantID: Int64) async throws -> Callback?
    /// In id order, a page at a time.
    func search(_ search: CallbackSearch, tenantID: Int64, page: PageRequest) async throws -> Page<Callback>
    /// A new time (and window end) for an open callback, which starts over as `scheduled`
    /// or `due`; refused while its contact is being called, or beyond the interval limit.
    func move(id: Int64, to dueAt: Date, windowEndAt: Date?, actor: String, tenantID: Int64) async throws -> Callback
    /// Gives open callbacks to an agent; those that were for anyone become `prefer_agent`.
    func reassign(ids: [Int64], to agent: String, tenantID: Int64) async throws -> [Callback]
    /// Closes open callbacks; their contacts leave the `callback` state of the running job.
    func close(ids: [Int64], reason: String, tenantID: Int64) async throws -> [Callback]
    /// Seed 003's "close callback sessions": every open callback of the campaign. How many.
    func closeAll(campaignID: Int64, reason: String, tenantID: Int64) async throws -> Int
    /// Moves open callbacks on by the clock against their campaigns' thresholds; expired ones
    /// leave their jobs' `callback` state. How many changed.
    func advance(now: Date) async throws -> Int
    /// Whether the agent has taken work of the tenant: the agents Leadline knows.
    func agentKnown(_ agent: String, tenantID: Int64) async throws -> Bool
}

/// A callback to make.
public struct NewCallback: Sendable, Equatable {
    public var campaignID: Int64
    public var contactID: Int64
    public var address: String?
    public var dueAt: Date
    /// Nil for the campaign's window after `dueAt`.
    public var windowEndAt: Date?
    public var type: CallbackType
    public var preference: CallbackPreference
    public var targetAgent: String?
    public var lastAgent: String?
    public var comment: String?
    public var createdBy: String
    public var madeByAttempt: Int64?

    public init(
        campaignID: Int64, contactID: Int64, address: String? = nil, dueAt: Date, windowEndAt: Date? = nil, type: CallbackType = .unspecified,
        preference: CallbackPreference = .anyone, targetAgent: String? = nil, lastAgent: String? = nil, comment: String? = nil,
        createdBy: String, madeByAttempt: Int64? = nil
    ) {
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
        self.createdBy = createdBy
        self.madeByAttempt = madeByAttempt
    }
}

/// Seed 003's search filters; each one given narrows the search.
public struct CallbackSearch: Sendable, Equatable {
    public var campaignID: Int64?
    /// Every word found in the contact's name.
    public var contactName: String?
    public var lastAgent: String?
    public var targetAgent: String?
    public var states: [CallbackState]
    public var types: [CallbackType]
    public var preference: CallbackPreference?
    /// Due at or after.
    public var dueFrom: Date?
    /// Due before.
    public var dueTo: Date?

    public init(
        campaignID: Int64? = nil, contactName: String? = nil, lastAgent: String? = nil, targetAgent: String? = nil, states: [CallbackState] = [],
        types: [CallbackType] = [], preference: CallbackPreference? = nil, dueFrom: Date? = nil, dueTo: Date? = nil
    ) {
        self.campaignID = campaignID
        self.contactName = contactName
        self.lastAgent = lastAgent
        self.targetAgent = targetAgent
        self.states = states
        self.types = types
        self.preference = preference
        self.dueFrom = dueFrom
        self.dueTo = dueTo
    }
}

/// A callback beyond its campaign's interval limit, and the first time one would fit.
public struct CallbackLimitReached: Error, Sendable, Equatable {
    public var limit: CallbackSettings.Limit
    public var nextFreeAt: Date

    public var reason: String {
        "the campaign allows at most \(limit.count) callbacks in any \(limit.minutes) minutes; the next free time is \(Timestamp.format(nextFreeAt))"
    }
}
