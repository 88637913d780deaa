import Foundation
import LeadlineCore
import LeadlineStore

/// What dialers, SMS senders and mailers call: leases of the next contacts through the gate,
/// and the results that decide what comes next.
public enum Dispatch {
    /// A leased contact: the attempt, the contact as it stands, and for messages the text.
    public struct Lease: Sendable {
        public var attempt: Attempt
        public var contact: Contact
        /// The zone of the contact's list, for its local times.
        public var listZone: String
        public var message: String?
        public var subject: String?
        public var html: String?
    }

    public static let maximumCount = 100
    public static let ttlRange = 5...86_400

    /// Leases up to `count` contacts of the campaign's running job, each through the gate.
    /// Leases and results of one job that arrive together are worked in one round.
    public static func lease(
        campaignID: Int64, tenantID: Int64, count: Int, ttlSeconds: Int, agent: String?, actor: String, store: Store,
        parser: PhoneNumberParser = PhoneNumberParser()
    ) async throws -> [Lease] {
        var issues = IssueCollector()
        if !(1...maximumCount).contains(count) { issues.add("count", "must be 1 to \(maximumCount)") }
        if !ttlRange.contains(ttlSeconds) { issues.add("ttlSeconds", "must be \(ttlRange.lowerBound) to \(ttlRange.upperBound)") }
        if let agent, agent.isEmpty || agent.count > 100 || agent.containsControlCharacter { issues.add("agent", "must be 1 to 100 characters on one line") }
        try issues.check()
        guard let active = try await store.jobs.activeJobState(campaignID: campaignID, tenantID: tenantID) else {
            throw DomainError.notFound("campaign \(campaignID) does not exist")
        }
        guard let active, active.state == .running else {
            throw DomainError.conflict(field: nil, reason: "campaign \(campaignID) has no running job; start one first")
        }
        let request = DispatchRound.LeaseRequest(campaignID: campaignID, count: count, ttlSeconds: ttlSeconds, agent: agent, actor: actor)
        return try await DispatchRound.submit(.lease(request), jobID: active.jobID, tenantID: tenantID, store: store, parser: parser).leases
    }

    /// Up to `count` contacts for Leadline's own sender, leased for `reportWait` and marked handed
    /// in the same transaction. Empty once the job is no longer running.
    static func leaseToSend(campaignID: Int64, jobID: Int64, tenantID: Int64, count: Int, reportWait: TimeInterval, store: Store) async throws -> [Lease] {
        let request = DispatchRound.LeaseRequest(
            campaignID: campaignID, count: count, ttlSeconds: Int(reportWait), agent: nil, actor: MessageSender.actor, handed: true)
        return try await DispatchRound.submit(.lease(request), jobID: jobID, tenantID: tenantID, store: store).leases
    }

    /// What a result changed: the attempt as it ended and where the contact stands in the job.
    public struct Outcome: Sendable, Equatable {
        public var attempt: Attempt
        public var state: JobContactState
        public var dueAt: Date?
        public var contactStatus: ContactStatus
    }

    /// Ends an attempt with a completion code. Posting the same code again answers the same;
    /// another code for an ended attempt is a conflict, as is a result for an expired lease;
    /// but a result that `amends` (a reply or a bounce) gives an ended attempt its new code.
    public static func postResult(
        attemptID: Int64, code: String, callbackAt: Date?, callback: CallbackOptions? = nil, fields: [String: JSONValue]?, notes: String?,
        tenantID: Int64, actor: String, store: Store, amends: Bool = false
    ) async throws -> Outcome {
        guard let jobID = try await store.jobs.job(ofAttempt: attemptID, tenantID: tenantID) else {
            throw DomainError.notFound("attempt \(attemptID) does not exist")
        }
        let request = DispatchRound.ResultRequest(
            attemptID: attemptID, code: code, callbackAt: callbackAt, callback: callback, fields: fields, notes: notes, actor: actor, amends: amends)
        return try await DispatchRound.submit(.result(request), jobID: jobID, tenantID: tenantID, store: store).outcome
    }

    /// A leased attempt's lease lengthened to `ttlSeconds` from now.
    public static func extend(attemptID: Int64, ttlSeconds: Int, tenantID: Int64, store: Store) async throws -> Attempt {
        guard ttlRange.contains(ttlSeconds) else { throw ValidationFailure(field: "ttlSeconds", reason: "must be \(ttlRange.lowerBound) to \(ttlRange.upperBound)") }
        return try await leased(attemptID, tenantID: tenantID, store: store) { session, attempt in
            var extended = attempt
            extended.expiresAt = session.now.addingTimeInterval(Double(ttlSeconds))
            try await session.extend(attempt, until: extended.expiresAt)
            return extended
        }
    }

    /// A leased attempt given back unattempted: the contact returns to the job as it was.
    public static func release(attemptID: Int64, tenantID: Int64, store: Store) async throws -> Attempt {
        try await leased(attemptID, tenantID: tenantID, store: store) { session, attempt in
            try await session.release(attempt)
            if let (job, plan) = try await session.job(), let plan { _ = try await JobControl.settle(job, plan: plan, session: session) }
            var released = attempt
            released.state = .released
            released.endedAt = session.now
            return released
        }
    }

    private static func leased(
        _ attemptID: Int64, tenantID: Int64, store: Store, _ body: @escaping @Sendable (DispatchSession, Attempt) async throws -> Attempt
    ) async throws -> Attempt {
        guard let jobID = try await store.jobs.job(ofAttempt: attemptID, tenantID: tenantID) else {
            throw DomainError.notFound("attempt \(attemptID) does not exist")
        }
        return try await store.jobs.dispatch(jobID: jobID, tenantID: tenantID) { session in
            guard let attempt = try await session.attempt(id: attemptID) else { throw DomainError.notFound("attempt \(attemptID) does not exist") }
            guard attempt.state == .leased, attempt.expiresAt > session.now else {
                throw DomainError.conflict(field: nil, reason: "attempt \(attemptID) is not leased any more (\(attempt.state == .leased ? "expired" : attempt.state.rawValue))")
            }
            return try await body(session, attempt)
        }
    }

    /// The contact with a result's field changes, checked as the contacts API checks them.
    static func updated(_ content: ContactContent, fields: [String: JSONValue], listID: Int64, tenantID: Int64, store: Store) async throws -> ContactContent {
        guard let list = try await store.lists.find(id: listID, tenantID: tenantID) else { throw DomainError.notFound("list \(listID) does not exist") }
        do {
            return try ContactRules.update(ContactInput(custom: fields), current: content, list: list)
        } catch {
            // The result names them `fields`, as the request does.
            throw ValidationFailure(error.issues.map { FieldIssue(field: $0.field.replacingOccurrences(of: "custom.", with: "fields."), reason: $0.reason) })
        }
    }
}
