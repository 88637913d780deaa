import Foundation
import LeadlineCore
import LeadlineStore

/// Leases and results of one job that arrive while its previous round is being written are
/// worked together in the next: one transaction and a few statements for all of them, each
/// request answered on its own. This is what lets many dialers share one job.
enum DispatchRound {
    struct LeaseRequest: Sendable {
        var campaignID: Int64
        var count: Int
        var ttlSeconds: Int
        var agent: String?
        var actor: String
        /// Leased to be sent at once by Leadline's own sender: marked handed in the same
        /// transaction, so that no lease of it is ever sent twice.
        var handed = false
    }

    struct ResultRequest: Sendable {
        var attemptID: Int64
        var code: String
        var callbackAt: Date?
        var callback: CallbackOptions?
        var fields: [String: JSONValue]?
        var notes: String?
        var actor: String
        /// A later word on a message (a reply, a bounce): it may change the code of an attempt
        /// that ended already, without counting another attempt.
        var amends = false
    }

    enum Request: Sendable {
        case lease(LeaseRequest)
        case result(ResultRequest)
    }

    /// Each request is answered in its own kind.
    enum Answer: Sendable {
        case leases([Dispatch.Lease])
        case outcome(Dispatch.Outcome)

        var leases: [Dispatch.Lease] {
            guard case .leases(let leases) = self else { preconditionFailure("a lease is answered with leases") }
            return leases
        }

        var outcome: Dispatch.Outcome {
            guard case .outcome(let outcome) = self else { preconditionFailure("a result is answered with an outcome") }
            return outcome
        }
    }

    static func submit(_ request: Request, jobID: Int64, tenantID: Int64, store: Store, parser: PhoneNumberParser = PhoneNumberParser()) async throws -> Answer {
        try await store.dispatchRounds.submit(request, key: "\(tenantID) \(jobID)") { requests in
            await run(requests, jobID: jobID, tenantID: tenantID, store: store, parser: parser)
        }
    }

    /// One round. Should the round's transaction fail as a whole, its requests are worked again
    /// one by one, so that each gets its own answer and none pays for another's.
    static func run(_ requests: [Request], jobID: Int64, tenantID: Int64, store: Store, parser: PhoneNumberParser) async -> [Result<Answer, any Error>] {
        do {
            return try await together(requests, jobID: jobID, tenantID: tenantID, store: store, parser: parser)
        } catch {
            guard requests.count > 1 else { return [.failure(error)] }
            var answers: [Result<Answer, any Error>] = []
            for request in requests { answers += await run([request], jobID: jobID, tenantID: tenantID, store: store, parser: parser) }
            return answers
        }
    }

    private static func together(_ requests: [Request], jobID: Int64, tenantID: Int64, store: Store, parser: PhoneNumberParser) async throws -> [Result<Answer, any Error>] {
        let results = requests.enumerated().compactMap { index, request in
            if case .result(let result) = request { (index, result) } else { nil }
        }
        let leases = requests.enumerated().compactMap { index, request in
            if case .lease(let lease) = request { (index, lease) } else { nil }
        }
        let codes = results.isEmpty ? [] : try await store.completionCodes.all(tenantID: tenantID)
        let rules = leases.isEmpty ? [] : try await store.callingRules.rules(tenantID: tenantID)
        if let campaignID = leases.first?.1.campaignID, let plan = try await store.jobs.plan(jobID: jobID), plan.finish.infinite {
            try await takeNewContacts(jobID: jobID, campaignID: campaignID, tenantID: tenantID, store: store)
        }

        return try await store.jobs.dispatch(jobID: jobID, tenantID: tenantID) { session in
            var answers = [Result<Answer, any Error>?](repeating: nil, count: requests.count)
            guard let (job, plan) = try await session.job(), let plan else { throw DomainError.notFound("job \(jobID) does not exist") }
            try await session.expireLeases()

            var attempts = try await session.attempts(ids: Array(Set(results.map(\.1.attemptID))))
            let candidates = try await session.candidates(contactIDs: Array(Set(attempts.values.map(\.contactID))))
            var endings: [DispatchSession.Ending] = []
            var outcomes: [Int64: Dispatch.Outcome] = [:]
            for (index, request) in results {
                do {
                    switch try await decide(
                        request, attempt: attempts[request.attemptID], candidate: attempts[request.attemptID].flatMap { candidates[$0.contactID] },
                        answered: outcomes[request.attemptID], plan: plan, codes: codes, tenantID: tenantID, session: session, store: store)
                    {
                    case .end(let ending):
                        endings.append(ending)
                        let outcome = outcome(of: ending, at: session.now)
                        outcomes[request.attemptID] = outcome
                        attempts[request.attemptID] = outcome.attempt
                        answers[index] = .success(.outcome(outcome))
                    case .answered(let outcome):
                        answers[index] = .success(.outcome(outcome))
                    }
                } catch {
                    answers[index] = .failure(error)
                }
            }
            try await session.end(endings)
            let state = try await JobControl.settle(job, plan: plan, session: session)

            let leased = state == .running && !leases.isEmpty
                ? try await lease(leases.map(\.1), plan: plan, rules: rules, parser: parser, session: session)
                : Array(repeating: [], count: leases.count)
            for ((index, _), granted) in zip(leases, leased) { answers[index] = .success(.leases(granted)) }
            return answers.map { $0! }
        }
    }

    /// An infinite job takes the contacts its lists gained since it last looked.
    private static func takeNewContacts(jobID: Int64, campaignID: Int64, tenantID: Int64, store: Store) async throws {
        guard let definition = try await store.campaigns.find(id: campaignID, tenantID: tenantID)?.definition else { return }
        let selections = try await JobControl.selections(of: definition, tenantID: tenantID, store: store, now: Date())
        _ = try await store.jobs.reselect(jobID: jobID, selections: selections, onlyNew: true, dropUnselected: false)
    }

    // MARK: - Leases

    /// Leases for each request in turn, up to its count, from the job's next candidates through
    /// the gate. Candidates the gate holds back are moved out of the way, so each pass looks at
    /// new ones.
    private static func lease(
        _ requests: [LeaseRequest], plan: JobPlan, rules: [CallingRule], parser: PhoneNumberParser, session: DispatchSession
    ) async throws -> [[Dispatch.Lease]] {
        let gate = AttemptGate(channel: plan.channel, settings: plan.settings, rules: rules, parser: parser)
        let template = plan.settings.template.flatMap { try? MessageTemplate.parse($0).get() }
        let subject = plan.settings.subject.flatMap { try? MessageTemplate.parse($0).get() }
        let html = plan.settings.html.flatMap { try? MessageTemplate.parse($0).get() }
        var wanted = requests.map(\.count)
        var leases = [[Dispatch.Lease]](repeating: [], count: requests.count)
        for _ in 0..<8 {
            let total = wanted.reduce(0, +)
            guard total > 0 else { break }
            let candidates = try await session.candidates(limit: min(total + total / 4 + 4, 4000), agents: Set(requests.compactMap(\.agent)))
            guard !candidates.isEmpty else { break }
            let recent = try await session.recentAttempts(of: candidates, within: gate.capLookback)
            let blacklist = try await session.blacklist(of: candidates)
            var grants: [DispatchSession.Grant] = []
            var owner: [Int64: Int] = [:]
            var open = wanted
            var next = 0
            var waits: [(DispatchSession.Candidate, WaitReason, Date)] = []
            var ends: [(DispatchSession.Candidate, FilterReason)] = []
            for candidate in candidates where grants.count < total {
                let decision = gate.decide(
                    AttemptGate.Candidate(content: candidate.contact.content, listZone: candidate.listZone, progress: candidate.progress),
                    recent: recent[candidate.contact.id] ?? AttemptGate.RecentAttempts(), blacklist: blacklist, now: session.now)
                switch decision {
                case .allowed(let target, let evidence):
                    // A callback only one agent may take now goes to that agent's request, or waits in the job.
                    let slot: Int
                    if let agent = candidate.exclusiveAgent {
                        guard let mine = requests.indices.first(where: { open[$0] > 0 && requests[$0].agent == agent }) else { continue }
                        slot = mine
                    } else {
                        while open[next] == 0 { next += 1 }
                        slot = next
                    }
                    open[slot] -= 1
                    owner[candidate.contact.id] = slot
                    grants.append(.init(
                        candidate: candidate, target: target, evidence: evidence, agent: requests[slot].agent,
                        expiresAt: session.now.addingTimeInterval(Double(requests[slot].ttlSeconds))))
                case .wait(let reason, let until): waits.append((candidate, reason, until))
                case .finished(let reason): ends.append((candidate, reason))
                }
            }
            try await session.wait(waits)
            try await session.finish(ends)
            let byContact = Dictionary(uniqueKeysWithValues: grants.map { ($0.candidate.contact.id, $0) })
            for (request, granted) in Dictionary(grouping: grants, by: { requests[owner[$0.candidate.contact.id]!].actor }) {
                let attempts = try await session.lease(granted, actor: request)
                let handing = attempts.filter { attempt in owner[attempt.contactID].map { requests[$0].handed } ?? false }
                if let until = handing.first?.expiresAt { _ = try await session.hand(handing.map(\.id), until: until) }
                for var attempt in attempts {
                    guard let grant = byContact[attempt.contactID], let slot = owner[attempt.contactID] else { continue }
                    attempt.target = grant.target
                    var contact = grant.candidate.contact
                    contact.content.status = .processing
                    wanted[slot] -= 1
                    leases[slot].append(Dispatch.Lease(
                        attempt: attempt, contact: contact, listZone: grant.candidate.listZone, message: template?.render(contact.content),
                        subject: subject?.render(contact.content), html: html?.render(contact.content, escape: MessageTemplate.htmlEscaped)))
                }
            }
            if ends.isEmpty && waits.isEmpty && grants.isEmpty { break }
        }
        return leases
    }

    // MARK: - Results

    /// What a result does: end its attempt, or, when the attempt ended with this code already,
    /// answer as then.
    private enum Decision {
        case end(DispatchSession.Ending)
        case answered(Dispatch.Outcome)
    }

    /// Decides a result; throws what it has wrong, before anything of it is written. `answered`
    /// is the outcome of the same attempt's result earlier in this round.
    private static func decide(
        _ request: ResultRequest, attempt: Attempt?, candidate: DispatchSession.Candidate?, answered: Dispatch.Outcome?, plan: JobPlan,
        codes: [CompletionCode], tenantID: Int64, session: DispatchSession, store: Store
    ) async throws -> Decision {
        let attemptID = request.attemptID
        guard let attempt else { throw DomainError.notFound("attempt \(attemptID) does not exist") }
        let code = request.code
        guard let completion = codes.first(where: { $0.name == code }), completion.name != CompletionCode.leaseExpired,
            completion.isSystem || plan.allowedCodes.contains(code) || (request.amends && plan.settings.responses.contains { $0.code == code })
        else {
            throw ValidationFailure(field: "completionCode", reason: "'\(code.prefix(60))' is not a completion code campaign '\(plan.campaignName)' allows")
        }
        var amends = false
        switch attempt.state {
        case .ended where request.amends && answered == nil:
            amends = true
        case .ended:
            guard attempt.completionCode == code else {
                throw DomainError.conflict(field: "completionCode", reason: "attempt \(attemptID) ended with '\(attempt.completionCode ?? "")' already")
            }
            return .answered(answered ?? Dispatch.Outcome(
                attempt: attempt, state: candidate?.facts.state ?? .finished, dueAt: nil, contactStatus: candidate?.contact.content.status ?? .remaining))
        case .expired:
            throw DomainError.conflict(field: nil, reason: "the lease of attempt \(attemptID) expired at \(Timestamp.format(attempt.expiresAt)); the contact went back")
        case .released:
            throw DomainError.conflict(field: nil, reason: "attempt \(attemptID) was released; it has no result")
        case .leased:
            break
        }
        if code == CompletionCode.callbackRequested && request.callbackAt == nil {
            throw ValidationFailure(field: "callbackAt", reason: "callback_requested needs the time to call back")
        }
        if request.callback != nil && request.callbackAt == nil {
            throw ValidationFailure(field: "callback", reason: "a callback's options need callbackAt, the time to call back")
        }
        var callback: NewCallback?
        if let callbackAt = request.callbackAt {
            let made = try await CallbackManager.prepare(
                campaignID: attempt.campaignID, contactID: attempt.contactID, dueAt: callbackAt, options: request.callback ?? CallbackOptions(),
                defaultType: attempt.agent == nil ? .unspecified : .requestedFromAgent, handlingAgent: attempt.agent, madeByAttempt: attempt.id,
                tenantID: tenantID, actor: request.actor, store: store, now: session.now, dueField: "callbackAt")
            try await session.checkCallbackLimit(at: made.dueAt)
            callback = made
        }
        if let notes = request.notes, notes.count > 4000 { throw ValidationFailure(field: "notes", reason: "must be at most 4000 characters") }
        guard let candidate else { throw DomainError.notFound("contact \(attempt.contactID) does not exist") }
        var content = candidate.contact.content
        var keys: [ContactKey]?
        if let fields = request.fields {
            content = try await Dispatch.updated(content, fields: fields, listID: candidate.contact.listID, tenantID: tenantID, store: store)
            if content.custom != candidate.contact.content.custom { keys = try await session.fieldKeys(of: candidate.contact, content) }
        }
        let gate = AttemptGate(channel: plan.channel, settings: plan.settings, rules: [])
        let targets = gate.targets(of: candidate.contact.content)
        let target = targets.first { $0.address == attempt.target.address } ?? attempt.target
        let day = AttemptGate.day(at: session.now, in: AttemptGate.homeZone(of: content, listZone: candidate.listZone))
        let result = ResultPlan.plan(
            code: completion, callbackAt: request.callbackAt, target: target, targets: targets.count, progress: candidate.progress,
            settings: plan.settings, day: day, now: session.now)
        content.status = result.status
        if let index = content.phones.firstIndex(where: { $0.e164 == attempt.target.address }) {
            switch result.numberEffect {
            case .deactivate: content.phones[index].state = .inactive
            case .countRetry: content.phones[index].retryCount += 1
            case .none: break
            }
        }
        return .end(DispatchSession.Ending(
            attempt: attempt, code: code, result: AttemptResult(callbackAt: request.callbackAt, notes: request.notes, fields: request.fields),
            plan: result, candidate: candidate, content: content, keys: keys, callback: callback, actor: request.actor, amends: amends))
    }

    private static func outcome(of ending: DispatchSession.Ending, at now: Date) -> Dispatch.Outcome {
        var ended = ending.attempt
        ended.state = .ended
        ended.completionCode = ending.code
        ended.endedAt = now
        ended.result = ending.result
        return Dispatch.Outcome(attempt: ended, state: ending.plan.state, dueAt: ending.plan.dueAt, contactStatus: ending.plan.status)
    }
}
