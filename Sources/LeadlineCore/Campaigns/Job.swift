import Foundation

/// One run of a campaign.
public struct Job: Sendable, Equatable {
    public var id: Int64
    public var tenantID: Int64
    public var campaignID: Int64
    public var state: JobState
    public var scheduledAt: Date
    public var startedAt: Date?
    public var endedAt: Date?
    /// Who started it: a token's actor, or `schedule`.
    public var startedBy: String
    /// Why it ended or is ending: `stopped by …`, `all contacts processed`, a criterion met.
    public var endReason: String?
    /// A person stopped it: it ends `stopped`, not `completed`.
    public var stopRequested: Bool
    public var counters: JobCounters

    public init(
        id: Int64, tenantID: Int64, campaignID: Int64, state: JobState, scheduledAt: Date, startedAt: Date?, endedAt: Date?, startedBy: String,
        endReason: String?, stopRequested: Bool = false, counters: JobCounters
    ) {
        self.stopRequested = stopRequested
        self.id = id
        self.tenantID = tenantID
        self.campaignID = campaignID
        self.state = state
        self.scheduledAt = scheduledAt
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.startedBy = startedBy
        self.endReason = endReason
        self.counters = counters
    }
}

/// `scheduled` → `running` → `stopping` → `completed`, or `stopped` by a person.
public enum JobState: String, Sendable, Codable, CaseIterable {
    case scheduled, running, stopping, completed, stopped

    /// Still holding or about to hold its campaign's contacts: at most one per campaign.
    public var isActive: Bool { self == .scheduled || self == .running || self == .stopping }
    public var hasEnded: Bool { self == .completed || self == .stopped }
}

extension Job {
    /// The state a running or stopping job moves to when it must end (a person stopped it, or a
    /// finish criterion is met): `stopping` while leases are out, then its end.
    public func ending(outstandingLeases: Int) -> JobState {
        outstandingLeases > 0 ? .stopping : (stopRequested ? .stopped : .completed)
    }
}
