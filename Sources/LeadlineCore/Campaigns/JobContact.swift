/// Where one contact stands in one job.
public enum JobContactState: String, Sendable, Codable, CaseIterable {
    /// Selected out when the job started, for a `FilterReason`.
    case filtered
    /// Waiting for its first attempt.
    case ready
    /// Leased to a dialer or sender, not yet answered.
    case leased
    /// To be tried again at its due time.
    case retry
    /// To be called back at its due time.
    case callback
    /// Done in this job.
    case finished
}

/// Why a job does not work a contact of its lists at all.
public enum FilterReason: String, Sendable, Codable, CaseIterable {
    /// The campaign's filter does not select it.
    case filter
    /// Its status is closed, inactive or postponed.
    case status
    /// Every number it has is blocked by the do-not-contact list.
    case blacklisted
    /// It has no active number (or, for email, no address).
    case noNumber = "no_number"
    /// A list operation left it no attempts.
    case attemptsUsedUp = "attempts_used_up"
}

/// Why a contact the job works cannot be attempted right now; it comes back when it can.
public enum WaitReason: String, Sendable, Codable, CaseIterable {
    case blacklisted
    case outsideWindow = "outside_window"
    case holiday
    case cap
    /// Another campaign holds the contact.
    case inProgressElsewhere = "in_progress_elsewhere"
}

/// What of a job contact its job's counters count: the counters are the sum of these over the
/// job's contacts, which is how every transition updates them and how a test recounts them.
public struct JobContactFacts: Sendable, Equatable {
    public var state: JobContactState
    public var filterReason: FilterReason?
    public var waitReason: WaitReason?
    /// At least one result (not an expired lease) was posted.
    public var attempted: Bool
    /// The completion code of the latest result.
    public var latestCode: String?

    public init(state: JobContactState, filterReason: FilterReason? = nil, waitReason: WaitReason? = nil, attempted: Bool = false, latestCode: String? = nil) {
        self.state = state
        self.filterReason = filterReason
        self.waitReason = waitReason
        self.attempted = attempted
        self.latestCode = latestCode
    }

    /// The counters this contact adds to its job, by name.
    public var contribution: [String: Int] {
        var counters: [String: Int] = [JobCounters.total: 1]
        switch state {
        case .filtered: counters[JobCounters.filtered(filterReason ?? .filter)] = 1
        case .ready: if !attempted { counters[JobCounters.unattempted] = 1 }
        case .leased: counters[JobCounters.inProgress] = 1
        case .retry: counters[JobCounters.retries] = 1
        case .callback: counters[JobCounters.callbacks] = 1
        case .finished: counters[JobCounters.finished] = 1
        }
        if state.isOpen { counters[JobCounters.open] = 1 }
        if attempted { counters[JobCounters.attempted] = 1 }
        if let waitReason, state.isOpen { counters[JobCounters.waiting(waitReason)] = 1 }
        if let latestCode { counters[JobCounters.code(latestCode)] = 1 }
        return counters
    }

    /// What the counters change by when a contact moves from `old` to `new` (nil: not in the job).
    public static func delta(from old: JobContactFacts?, to new: JobContactFacts?) -> [String: Int] {
        var delta = new?.contribution ?? [:]
        for (name, value) in old?.contribution ?? [:] { delta[name, default: 0] -= value }
        return delta.filter { $0.value != 0 }
    }
}

extension JobContactState {
    /// Still to be worked: the job is not done while any contact is.
    public var isOpen: Bool { self == .ready || self == .leased || self == .retry || self == .callback }
}
