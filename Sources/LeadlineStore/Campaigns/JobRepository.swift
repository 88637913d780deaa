import Foundation
import LeadlineCore

/// Jobs: their lifecycle, their selected contacts and live counters, and the dispatch
/// transactions in which leases and results change them.
public protocol JobRepository: Sendable {
    /// A new job; refused while another job of the campaign is active.
    func create(campaignID: Int64, tenantID: Int64, scheduledAt: Date, startedBy: String) async throws -> Job
    func find(id: Int64, tenantID: Int64) async throws -> Job?
    /// The campaign's scheduled, running or stopping job.
    func active(campaignID: Int64, tenantID: Int64) async throws -> Job?
    /// The campaign's active job and its state, without counters: what a lease checks first.
    /// nil when the tenant has no such campaign; a nil job when it has no active one.
    func activeJobState(campaignID: Int64, tenantID: Int64) async throws -> (jobID: Int64, state: JobState)??
    func list(tenantID: Int64, campaignID: Int64?, page: PageRequest) async throws -> Page<Job>
    /// Jobs in `states`, oldest first, across tenants: the scheduler's and the reaper's view.
    func all(in states: [JobState]) async throws -> [Job]
    func plan(jobID: Int64) async throws -> JobPlan?
    /// The counters as kept.
    func counters(jobID: Int64) async throws -> JobCounters
    /// The counters counted again from the job's contacts and attempts.
    func recount(jobID: Int64) async throws -> JobCounters
    /// Selects the job's contacts from its lists and starts it running with `plan`.
    func start(jobID: Int64, plan: JobPlan, selections: [JobSelection]) async throws -> Job
    /// Selects again while the job runs: contacts of the lists that are new to the job join it
    /// (with `onlyNew`, those created since the last selection); with `dropUnselected`, unworked
    /// contacts that no longer pass leave it. How many joined and left.
    func reselect(jobID: Int64, selections: [JobSelection], onlyNew: Bool, dropUnselected: Bool) async throws -> (joined: Int, left: Int)
    /// Runs `body` in one write transaction over the job: every lease, result, expiry and state
    /// change it makes lands with its counters, or none does.
    func dispatch<T: Sendable>(jobID: Int64, tenantID: Int64, _ body: @Sendable (DispatchSession) async throws -> T) async throws -> T
    /// The job of an attempt the tenant can see.
    func job(ofAttempt attemptID: Int64, tenantID: Int64) async throws -> Int64?
    func attempt(id: Int64, tenantID: Int64) async throws -> Attempt?
    /// Messages handed to their gateways and waiting for a delivery report, across tenants: the sender's queue.
    func awaitingReports() async throws -> Int
    /// The latest message a gateway's campaigns handed to `address` (E.164 or email): whom a reply is from.
    func latestAttempt(to address: String, gatewayID: Int64, tenantID: Int64) async throws -> Attempt?
    /// One of the gateway's handed messages, by its attempt id; another gateway's or tenant's is nil.
    func handedAttempt(id: Int64, gatewayID: Int64, tenantID: Int64) async throws -> Attempt?
    /// The tenant's attempts since `since` on the contacts and their numbers, in every campaign.
    func recentAttempts(of contacts: [Contact], tenantID: Int64, since: Date) async throws -> [Int64: AttemptGate.RecentAttempts]
    /// Up to `limit` contacts the job still works (ready, retry, callback) after `afterID`, in
    /// id order, each with its list's zone and the job's memory of it.
    func openContacts(jobID: Int64, after afterID: Int64, limit: Int) async throws -> [DispatchSession.Candidate]
    /// Up to `limit` attempts of a job after `afterID`, in id order.
    func attempts(jobID: Int64, after afterID: Int64, limit: Int) async throws -> [Attempt]
}

/// How a job selects the contacts of one list.
public struct JobSelection: Sendable {
    public var listID: Int64
    /// The campaign's filter, checked against this list's fields.
    public var filter: CheckedFilter
    /// The order new contacts are tried in; nil for priority, then upload order.
    public var orderBy: FilterSubject?
    public var descending: Bool
    public var channel: Channel

    public init(listID: Int64, filter: CheckedFilter, orderBy: FilterSubject?, descending: Bool, channel: Channel) {
        self.listID = listID
        self.filter = filter
        self.orderBy = orderBy
        self.descending = descending
        self.channel = channel
    }
}
