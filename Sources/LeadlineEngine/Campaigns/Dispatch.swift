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
    }

    public static let maximumCount = 100
    public static let ttlRange = 5...86_400

    /// Leases up to `count` contacts of the campaign's running job, each through the gate.
    public static func lease(
        campaignID: Int64, tenantID: Int64, count: Int, ttlSeconds: Int, agent: String?, actor: String, store: Store,
        parser: PhoneNumberParser = PhoneNumberParser()
    ) async throws -> [Lease] {
        var issues = IssueCollector()
        if !(1...maximumCount).contains(count) { issues.add("count", "must be 1 to \(maximumCount)") }
        if !ttlRange.contains(ttlSeconds) { issues.add("ttlSeconds", "must be \(ttlRange.lowerBound) to \(ttlRange.upperBound)") }
        if let agent, agent.isEmpty || agent.count > 100 || agent.containsControlCharacter { issues.add("agent", "must be 1 to 100 characters on one line") }
        try issues.check()
        guard try await store.campaigns.find(id: campaignID, tenantID: tenantID) != nil else {
            throw DomainError.notFound("campaign \(campaignID) does not exist")
        }
        guard let active = try await store.jobs.active(campaignID: campaignID, tenantID: tenantID), active.state == .running else {
            throw DomainError.conflict(field: nil, reason: "campaign \(campaignID) has no running job; start one first")
        }
        guard let plan = try await store.jobs.plan(jobID: active.id) else { throw DomainError.notFound("job \(active.id) does not exist") }
        if plan.finish.infinite {
            let definition = try await store.campaigns.find(id: campaignID, tenantID: tenantID)!.definition
            let selections = try await JobControl.selections(of: definition, tenantID: tenantID, store: store, now: Date())
            _ = try await store.jobs.reselect(jobID: active.id, selections: selections, onlyNew: true, dropUnselected: false)
        }
        let rules = try await store.callingRules.rules(tenantID: tenantID)
        let gate = AttemptGate(channel: plan.channel, settings: plan.settings, rules: rules, parser: parser)
        let capSeconds = ([plan.settings.capPerNumber, plan.settings.capPerContact] + rules.map(\.cap)).compactMap { $0?.seconds }.max() ?? 0
        let template = plan.settings.template.flatMap { try? MessageTemplate.parse($0).get() }

        return try await store.jobs.dispatch(jobID: active.id, tenantID: tenantID) { session in
            guard let (job, _) = try await session.job() else { throw DomainError.notFound("job \(active.id) does not exist") }
            try await session.expireLeases()
            guard try await JobControl.settle(job, plan: plan, session: session) == .running else { return [] }
            var leases: [Lease] = []
            // Candidates the gate holds back are moved out of the way, so each round looks at new ones.
            for _ in 0..<8 where leases.count < count {
                let candidates = try await session.candidates(limit: min(4 * (count - leases.count), 400))
                guard !candidates.isEmpty else { break }
                let recent = try await session.recentAttempts(of: candidates, within: capSeconds)
                let blacklist = try await session.blacklist(of: candidates)
                var grants: [DispatchSession.Grant] = []
                var waits: [(DispatchSession.Candidate, WaitReason, Date)] = []
                var ends: [(DispatchSession.Candidate, FilterReason)] = []
                for candidate in candidates where grants.count < count - leases.count {
                    let decision = gate.decide(
                        AttemptGate.Candidate(content: candidate.contact.content, listZone: candidate.listZone, progress: candidate.progress),
                        recent: recent[candidate.contact.id] ?? AttemptGate.RecentAttempts(), blacklist: blacklist, now: session.now)
                    switch decision {
                    case .allowed(let target, let evidence): grants.append(.init(candidate: candidate, target: target, evidence: evidence))
                    case .wait(let reason, let until): waits.append((candidate, reason, until))
                    case .finished(let reason): ends.append((candidate, reason))
                    }
                }
                try await session.wait(waits)
                try await session.finish(ends)
                let attempts = try await session.lease(grants, ttl: Double(ttlSeconds), agent: agent, actor: actor)
                let byContact = Dictionary(uniqueKeysWithValues: grants.map { ($0.candidate.contact.id, $0) })
                for var attempt in attempts {
                    guard let grant = byContact[attempt.contactID] else { continue }
                    attempt.target = grant.target
                    var contact = grant.candidate.contact
                    contact.content.status = .processing
                    leases.append(Lease(
                        attempt: attempt, contact: contact, listZone: grant.candidate.listZone, message: template?.render(contact.content),
                        subject: plan.settings.subject.flatMap { try? MessageTemplate.parse($0).get() }?.render(contact.content)))
                }
                if ends.isEmpty && waits.isEmpty && grants.isEmpty { break }
            }
            return leases
        }
    }

    /// What a result changed: the attempt as it ended and where the contact stands in the job.
    public struct Outcome: Sendable, Equatable {
        public var attempt: Attempt
        public var state: JobContactState
        public var dueAt: Date?
        public var contactStatus: ContactStatus
    }

    /// Ends an attempt with a completion code. Posting the same code again answers the same;
    /// another code for an ended attempt is a conflict, as is a result for an expired lease.
    public static func postResult(
        attemptID: Int64, code: String, callbackAt: Date?, fields: [String: JSONValue]?, notes: String?, tenantID: Int64, actor: String,
        store: Store
    ) async throws -> Outcome {
        guard let jobID = try await store.jobs.job(ofAttempt: attemptID, tenantID: tenantID) else {
            throw DomainError.notFound("attempt \(attemptID) does not exist")
        }
        let codes = try await store.completionCodes.all(tenantID: tenantID)
        return try await store.jobs.dispatch(jobID: jobID, tenantID: tenantID) { session in
            guard let (job, plan) = try await session.job(), let plan, let attempt = try await session.attempt(id: attemptID) else {
                throw DomainError.notFound("attempt \(attemptID) does not exist")
            }
            guard let completion = codes.first(where: { $0.name == code }), completion.name != CompletionCode.leaseExpired,
                completion.isSystem || plan.allowedCodes.contains(code)
            else {
                throw ValidationFailure(field: "completionCode", reason: "'\(code.prefix(60))' is not a completion code campaign '\(plan.campaignName)' allows")
            }
            switch attempt.state {
            case .ended:
                guard attempt.completionCode == code else {
                    throw DomainError.conflict(field: "completionCode", reason: "attempt \(attemptID) ended with '\(attempt.completionCode ?? "")' already")
                }
                let candidate = try await session.candidate(contactID: attempt.contactID)
                return Outcome(attempt: attempt, state: candidate?.facts.state ?? .finished, dueAt: nil, contactStatus: candidate?.contact.content.status ?? .remaining)
            case .expired:
                throw DomainError.conflict(field: nil, reason: "the lease of attempt \(attemptID) expired at \(Timestamp.format(attempt.expiresAt)); the contact went back")
            case .released:
                throw DomainError.conflict(field: nil, reason: "attempt \(attemptID) was released; it has no result")
            case .leased:
                break
            }
            if attempt.expiresAt <= session.now {
                throw DomainError.conflict(field: nil, reason: "the lease of attempt \(attemptID) expired at \(Timestamp.format(attempt.expiresAt)); the contact went back")
            }
            if code == CompletionCode.callbackRequested && callbackAt == nil {
                throw ValidationFailure(field: "callbackAt", reason: "callback_requested needs the time to call back")
            }
            if let callbackAt, callbackAt < session.now.addingTimeInterval(-60) || callbackAt > session.now.addingTimeInterval(366 * 86_400) {
                throw ValidationFailure(field: "callbackAt", reason: "must be from now to a year ahead")
            }
            if let notes, notes.count > 4000 { throw ValidationFailure(field: "notes", reason: "must be at most 4000 characters") }
            guard let candidate = try await session.candidate(contactID: attempt.contactID) else {
                throw DomainError.notFound("contact \(attempt.contactID) does not exist")
            }
            var content = candidate.contact.content
            if let fields { content = try await updated(content, fields: fields, listID: candidate.contact.listID, tenantID: tenantID, store: store) }
            let gate = AttemptGate(channel: plan.channel, settings: plan.settings, rules: [])
            let targets = gate.targets(of: candidate.contact.content)
            let target = targets.first { $0.address == attempt.target.address } ?? attempt.target
            let day = AttemptGate.day(at: session.now, in: AttemptGate.homeZone(of: content, listZone: candidate.listZone))
            let result = ResultPlan.plan(
                code: completion, callbackAt: callbackAt, target: target, targets: targets.count, progress: candidate.progress,
                settings: plan.settings, day: day, now: session.now)
            content.status = result.status
            if let index = content.phones.firstIndex(where: { $0.e164 == attempt.target.address }) {
                switch result.numberEffect {
                case .deactivate: content.phones[index].state = .inactive
                case .countRetry: content.phones[index].retryCount += 1
                case .none: break
                }
            }
            try await session.end(
                attempt, code: code, result: AttemptResult(callbackAt: callbackAt, notes: notes, fields: fields), plan: result, candidate: candidate,
                content: content, actor: actor)
            _ = try await JobControl.settle(job, plan: plan, session: session)
            var ended = attempt
            ended.state = .ended
            ended.completionCode = code
            ended.endedAt = session.now
            ended.result = AttemptResult(callbackAt: callbackAt, notes: notes, fields: fields)
            return Outcome(attempt: ended, state: result.state, dueAt: result.dueAt, contactStatus: result.status)
        }
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
