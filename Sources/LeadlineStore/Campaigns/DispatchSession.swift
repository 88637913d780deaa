import Foundation
import LeadlineCore
import SQLKit

/// One write transaction over one job, in which the engine leases contacts, posts results,
/// expires leases and moves the job's state. Every change of a job contact updates its job's
/// counters by the difference of what it counts before and after, written when the transaction
/// ends; so the counters always equal a recount.
///
/// Race-free on both engines: SQLite runs one writer at a time; on PostgreSQL the job row is
/// shared-locked by leases and results and exclusively by state changes, job contacts are
/// claimed with `FOR UPDATE SKIP LOCKED`, and a contact is taken from `remaining` to
/// `processing` by a conditional `UPDATE … RETURNING`, so two servers never lease one contact.
public final class DispatchSession: @unchecked Sendable {
    let sql: any SQLDatabase
    public let jobID: Int64
    public let tenantID: Int64
    public let now: Date
    private let postgres: Bool
    private var deltas: [Int64: [String: Int]] = [:]

    init(sql: any SQLDatabase, jobID: Int64, tenantID: Int64, now: Date) {
        self.sql = sql
        self.jobID = jobID
        self.tenantID = tenantID
        self.now = now
        postgres = sql.dialect.name == "postgresql"
    }

    private var millis: Int64 { Millis.from(now) }

    /// A contact of the job as dispatch sees it.
    public struct Candidate: Sendable {
        public var contact: Contact
        public var listZone: String
        public var facts: JobContactFacts
        public var progress: JobContactProgress
    }

    /// A candidate the gate let through, with the number to use and why.
    public struct Grant: Sendable {
        public var candidate: Candidate
        public var target: AttemptTarget
        public var evidence: AttemptEvidence
        public init(candidate: Candidate, target: AttemptTarget, evidence: AttemptEvidence) {
            self.candidate = candidate
            self.target = target
            self.evidence = evidence
        }
    }

    // MARK: - The job

    /// The job and its plan; nil when the tenant has no such job. `exclusive` locks it against
    /// leases and results, for a change of state.
    public func job(exclusive: Bool = false) async throws -> (Job, JobPlan?)? {
        let lock: SQLQueryString = postgres ? (exclusive ? " FOR UPDATE" : " FOR SHARE") : ""
        guard let row = try await sql.raw("""
            SELECT \(unsafeRaw: SQLJobRepository.columns), plan FROM jobs WHERE id = \(bind: jobID) AND tenant_id = \(bind: tenantID)
            """ + lock).first() else { return nil }
        let plan = try row.decode(column: "plan", as: String?.self).map { try JSONText.decode(JobPlan.self, $0) }
        return (try SQLJobRepository.job(row, counters: JobCounters()), plan)
    }

    /// The counters as they stand in this transaction, pending changes included.
    public func counters() async throws -> JobCounters {
        var counters = try await JobContacts.counters(jobID: jobID, on: sql)
        for (list, delta) in deltas { counters.add(delta, list: list) }
        return counters.nonZero
    }

    /// Marks the job stopped by a person: once its leases are in, it ends `stopped`.
    public func requestStop(reason: String) async throws {
        try await sql.raw("UPDATE jobs SET stop_requested = \(bind: true), end_reason = \(bind: reason) WHERE id = \(bind: jobID)").run()
    }

    public func setState(_ state: JobState, reason: String?) async throws {
        let ended = state.hasEnded ? millis : nil
        try await sql.raw("""
            UPDATE jobs SET state = \(bind: state.rawValue), end_reason = COALESCE(\(bind: reason), end_reason),
                ended_at = COALESCE(\(bind: ended), ended_at) WHERE id = \(bind: jobID)
            """).run()
    }

    /// Leases still out.
    public func outstandingLeases() async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM attempts WHERE job_id = \(bind: jobID) AND state = 'leased'").first()!
            .decode(column: "n", as: Int.self)
    }

    // MARK: - Leasing

    /// Returns every lease past its time: the attempt recorded as `lease_expired`, not counted
    /// against any limit, the contact back where it was.
    @discardableResult
    public func expireLeases() async throws -> Int {
        let expired = try await sql.raw("""
            UPDATE attempts SET state = 'expired', completion_code = \(bind: CompletionCode.leaseExpired), ended_at = \(bind: millis)
            WHERE job_id = \(bind: jobID) AND state = 'leased' AND expires_at <= \(bind: millis)
            RETURNING contact_id, from_state
            """).all()
        for row in expired {
            try await giveBack(contactID: try row.decode(column: "contact_id", as: Int64.self),
                               to: JobContactState(rawValue: try row.decode(column: "from_state", as: String.self)) ?? .ready)
        }
        return expired.count
    }

    /// Up to `limit` contacts due now: due callbacks first, then due retries and contacts that
    /// waited, then new contacts in the campaign's order.
    public func candidates(limit: Int) async throws -> [Candidate] {
        let lock: SQLQueryString = postgres ? " FOR UPDATE SKIP LOCKED" : ""
        let columns: SQLQueryString = "contact_id, list_id, state, filter_reason, wait_reason, attempted, latest_code, progress"
        var rows = try await sql.raw("SELECT " + columns + """
             FROM job_contacts WHERE job_id = \(bind: jobID) AND due_at <= \(bind: millis) AND state = 'callback'
            ORDER BY due_at LIMIT \(bind: limit)
            """ + lock).all()
        if rows.count < limit {
            rows += try await sql.raw("SELECT " + columns + """
                 FROM job_contacts WHERE job_id = \(bind: jobID) AND due_at <= \(bind: millis) AND state IN ('retry', 'ready')
                ORDER BY due_at LIMIT \(bind: limit - rows.count)
                """ + lock).all()
        }
        if rows.count < limit {
            rows += try await sql.raw("SELECT " + columns + """
                 FROM job_contacts WHERE job_id = \(bind: jobID) AND state = 'ready' AND due_at IS NULL
                ORDER BY sort_key LIMIT \(bind: limit - rows.count)
                """ + lock).all()
        }
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.decode(column: "contact_id", as: Int64.self) }
        var contacts: [Int64: (Contact, String)] = [:]
        for row in try await sql.raw("""
            SELECT \(unsafeRaw: ContactRow.columns), l.time_zone AS list_zone FROM contacts c JOIN lists l ON l.id = c.list_id
            WHERE c.id IN (\(binds: ids))
            """).all() {
            let contact = try ContactRow.contact(row)
            contacts[contact.id] = (contact, try row.decode(column: "list_zone", as: String.self))
        }
        return try rows.compactMap { row in
            guard let (contact, zone) = contacts[try row.decode(column: "contact_id", as: Int64.self)] else { return nil }
            return Candidate(
                contact: contact, listZone: zone, facts: try JobContacts.facts(row),
                progress: try row.decode(column: "progress", as: String?.self).map { try JSONText.decode(JobContactProgress.self, $0) } ?? JobContactProgress())
        }
    }

    /// The tenant's attempts of the last `seconds` on the candidates' numbers and on the
    /// candidates themselves, in every campaign.
    public func recentAttempts(of candidates: [Candidate], within seconds: Double) async throws -> [Int64: AttemptGate.RecentAttempts] {
        guard !candidates.isEmpty, seconds > 0 else { return [:] }
        let since = Millis.from(now.addingTimeInterval(-seconds))
        let addresses = Set(candidates.flatMap { $0.contact.content.phones.map(\.e164).filter { !$0.isEmpty } + $0.contact.content.emails })
        var byAddress: [String: [Date]] = [:]
        var byContact: [Int64: [Date]] = [:]
        // Two indexed lookups rather than one OR, which would scan the tenant's attempts.
        let counted: SQLQueryString = "state <> 'expired' AND state <> 'released' AND leased_at > \(bind: since)"
        let rows = try await sql.raw("SELECT contact_id, address, leased_at FROM attempts WHERE tenant_id = \(bind: tenantID) AND address IN (\(binds: Array(addresses))) AND " + counted).all()
            + sql.raw("SELECT contact_id, address, leased_at FROM attempts WHERE contact_id IN (\(binds: candidates.map(\.contact.id))) AND " + counted).all()
        var seen: Set<String> = []
        for row in rows {
            let at = Millis.date(try row.decode(column: "leased_at", as: Int64.self))
            // An attempt found by both its number and its contact counts once.
            guard seen.insert("\(try row.decode(column: "contact_id", as: Int64.self)) \(try row.decode(column: "address", as: String.self)) \(at.timeIntervalSince1970)").inserted else { continue }
            byAddress[try row.decode(column: "address", as: String.self), default: []].append(at)
            byContact[try row.decode(column: "contact_id", as: Int64.self), default: []].append(at)
        }
        return Dictionary(uniqueKeysWithValues: candidates.map { candidate in
            let content = candidate.contact.content
            let mine = Set(content.phones.map(\.e164) + content.emails)
            return (candidate.contact.id, AttemptGate.RecentAttempts(
                byAddress: byAddress.filter { mine.contains($0.key) }, byContact: byContact[candidate.contact.id] ?? []))
        })
    }

    /// The do-not-contact entries that could touch the candidates, as they stand now.
    public func blacklist(of candidates: [Candidate]) async throws -> BlacklistMatcher {
        let numbers = Set(candidates.flatMap { $0.contact.content.phones.map(\.e164).filter { !$0.isEmpty } })
        let emails = Set(candidates.flatMap(\.contact.content.emails))
        return BlacklistMatcher(try await SQLBlacklistRepository.candidates(numbers: numbers, emails: emails, tenantID: tenantID, on: sql))
    }

    /// Leases the grants: each contact taken from its other states to `processing` only if no
    /// other campaign holds it (those wait instead), an attempt recorded with its evidence.
    public func lease(_ grants: [Grant], ttl: Double, agent: String?, actor: String) async throws -> [Attempt] {
        guard !grants.isEmpty else { return [] }
        let ids = grants.map(\.candidate.contact.id)
        let taken = Set(try await sql.raw("""
            UPDATE contacts SET status = 'processing', version = version + 1, updated_at = \(bind: millis)
            WHERE id IN (\(binds: ids)) AND status <> 'processing' RETURNING id
            """).all().map { try $0.decode(column: "id", as: Int64.self) })
        let busy = grants.filter { !taken.contains($0.candidate.contact.id) }
        try await wait(busy.map { ($0.candidate, .inProgressElsewhere, now.addingTimeInterval(60)) })
        let leased = grants.filter { taken.contains($0.candidate.contact.id) }
        guard !leased.isEmpty else { return [] }
        try await sql.raw("""
            UPDATE job_contacts SET state = 'leased', wait_reason = NULL, due_at = NULL
            WHERE job_id = \(bind: jobID) AND contact_id IN (\(binds: leased.map(\.candidate.contact.id)))
            """).run()
        let campaign = try await sql.raw("SELECT campaign_id FROM jobs WHERE id = \(bind: jobID)").first()!.decode(column: "campaign_id", as: Int64.self)
        let expires = Millis.from(now.addingTimeInterval(ttl))
        let bulk = BulkRows(sql)
        let document = JSONDocument.rows(try leased.map { grant in
            [.integer(grant.candidate.contact.id), .integer(grant.candidate.contact.listID), .string(grant.candidate.facts.state.rawValue),
             .integer(Int64(grant.target.slot)), .string(grant.target.address), .string(try JSONText.encode(grant.evidence))]
        })
        let rows = try await sql.raw("""
            INSERT INTO attempts (tenant_id, job_id, campaign_id, contact_id, list_id, from_state, slot, address, agent, state, leased_at, expires_at, evidence)
            SELECT \(bind: tenantID), \(bind: jobID), \(bind: campaign), \(bulk.bigint(0)), \(bulk.bigint(1)), \(bulk.text(2)), \(bulk.integer(3)),
                \(bulk.text(4)), \(bind: agent), 'leased', \(bind: millis), \(bind: expires), \(bulk.text(5)) FROM \(bulk.source(document))
            RETURNING \(unsafeRaw: Self.attemptColumns)
            """).all()
        let attempts = try rows.map(Self.attempt).sorted { $0.id < $1.id }
        for grant in leased {
            var facts = grant.candidate.facts
            facts.state = .leased
            facts.waitReason = nil
            count(from: grant.candidate.facts, to: facts, list: grant.candidate.contact.listID)
        }
        try await ContactWrites.record(try attempts.map { attempt in
            (attempt.contactID, HistoryKind.attempt, try JSONText.encode([
                Change(field: "attempt", from: .null, to: .integer(attempt.id)),
                Change(field: "address", from: .null, to: .string(attempt.target.address)),
                Change(field: "status", from: .null, to: .string(ContactStatus.processing.rawValue)),
            ]))
        }, actor: actor, at: millis, on: sql)
        return attempts
    }

    /// Candidates the gate held back: each waits for its reason until its time.
    public func wait(_ waits: [(Candidate, WaitReason, Date)]) async throws {
        for (candidate, reason, until) in waits {
            try await sql.raw("""
                UPDATE job_contacts SET wait_reason = \(bind: reason.rawValue), due_at = \(bind: Millis.from(until))
                WHERE job_id = \(bind: jobID) AND contact_id = \(bind: candidate.contact.id)
                """).run()
            var facts = candidate.facts
            facts.waitReason = reason
            count(from: candidate.facts, to: facts, list: candidate.contact.listID)
        }
    }

    /// Candidates with nothing left to try: out of the job unworked, or finished if attempted.
    public func finish(_ ends: [(Candidate, FilterReason)]) async throws {
        for (candidate, reason) in ends {
            var facts = candidate.facts
            facts.waitReason = nil
            if facts.attempted {
                facts.state = .finished
            } else {
                facts.state = .filtered
                facts.filterReason = reason
            }
            try await sql.raw("""
                UPDATE job_contacts SET state = \(bind: facts.state.rawValue), filter_reason = \(bind: facts.filterReason?.rawValue),
                    wait_reason = NULL, due_at = NULL WHERE job_id = \(bind: jobID) AND contact_id = \(bind: candidate.contact.id)
                """).run()
            if candidate.facts.state == .retry || candidate.facts.state == .callback {
                try await sql.raw("""
                    UPDATE contacts SET status = CASE WHEN status = 'callback' THEN 'remaining' ELSE status END, retry_at = NULL,
                        version = version + 1, updated_at = \(bind: millis) WHERE id = \(bind: candidate.contact.id)
                    """).run()
            }
            count(from: candidate.facts, to: facts, list: candidate.contact.listID)
        }
    }

    // MARK: - Results

    /// The attempt, locked for its result; nil when the tenant has none such in this job.
    public func attempt(id: Int64) async throws -> Attempt? {
        try await sql.raw("""
            SELECT \(unsafeRaw: Self.attemptColumns) FROM attempts WHERE id = \(bind: id) AND job_id = \(bind: jobID) AND tenant_id = \(bind: tenantID)
            """ + (postgres ? " FOR UPDATE" : "")).first().map(Self.attempt)
    }

    /// The job's memory of a contact.
    public func candidate(contactID: Int64) async throws -> Candidate? {
        try await sql.raw(Self.candidates + " WHERE j.job_id = \(bind: jobID) AND j.contact_id = \(bind: contactID)").first().map(Self.candidate)
    }

    /// Job contacts joined with their contacts and lists' zones, as `candidate(_:)` reads them.
    static let candidates: SQLQueryString = """
        SELECT \(unsafeRaw: ContactRow.columns), l.time_zone AS list_zone, j.state AS job_state, j.filter_reason, j.wait_reason, j.attempted,
            j.latest_code, j.progress
        FROM job_contacts j JOIN contacts c ON c.id = j.contact_id JOIN lists l ON l.id = c.list_id
        """

    /// A row of `candidates`.
    static func candidate(_ row: any SQLRow) throws -> Candidate {
        Candidate(
            contact: try ContactRow.contact(row), listZone: try row.decode(column: "list_zone", as: String.self),
            facts: JobContactFacts(
                state: JobContactState(rawValue: try row.decode(column: "job_state", as: String.self)) ?? .ready,
                filterReason: try row.decode(column: "filter_reason", as: String?.self).flatMap(FilterReason.init(rawValue:)),
                waitReason: try row.decode(column: "wait_reason", as: String?.self).flatMap(WaitReason.init(rawValue:)),
                attempted: try row.decode(column: "attempted", as: Bool.self), latestCode: try row.decode(column: "latest_code", as: String?.self)),
            progress: try row.decode(column: "progress", as: String?.self).map { try JSONText.decode(JobContactProgress.self, $0) } ?? JobContactProgress())
    }

    /// Ends a leased attempt with its result: the attempt, the job contact as `plan` says, and
    /// the contact (`content` its new content) with its status, counts and history.
    public func end(_ attempt: Attempt, code: String, result: AttemptResult, plan: ResultPlan, candidate: Candidate, content: ContactContent, actor: String) async throws {
        try await sql.raw("""
            UPDATE attempts SET state = 'ended', completion_code = \(bind: code), result = \(bind: try JSONText.encode(result)),
                ended_at = \(bind: millis) WHERE id = \(bind: attempt.id)
            """).run()
        let facts = JobContactFacts(state: plan.state, attempted: true, latestCode: code)
        try await sql.raw("""
            UPDATE job_contacts SET state = \(bind: plan.state.rawValue), filter_reason = NULL, wait_reason = NULL, attempted = \(bind: true),
                latest_code = \(bind: code), due_at = \(bind: plan.dueAt.map(Millis.from)), progress = \(bind: try JSONText.encode(plan.progress))
            WHERE job_id = \(bind: jobID) AND contact_id = \(bind: attempt.contactID)
            """).run()
        count(from: candidate.facts, to: facts, list: attempt.listID)
        deltas[attempt.listID, default: [:]][JobCounters.attempts, default: 0] += 1

        let contact = candidate.contact
        var lightChanges: [Change] = []
        if content.custom != contact.content.custom {
            // Field changes go through the contact's keys and search columns like any edit.
            let keys = try await contactKeys(contact, content)
            try await SQLContactRepository.checkKeysFree(sql, keys, listID: contact.listID, except: contact.id)
            try await ContactWrites.update([.init(before: contact, content: content, keys: keys)], actor: actor, at: millis, on: sql)
        } else {
            // Status and number states only: the search columns and keys stay as they are.
            lightChanges = Change.between(contact.content, content)
            try await sql.raw("""
                UPDATE contacts SET status = \(bind: content.status.rawValue), phones = \(bind: JSONDocument.text(content.phones)),
                    version = version + 1 WHERE id = \(bind: contact.id)
                """).run()
        }
        let retryAt = plan.state == .retry ? plan.dueAt.map(Millis.from) : nil
        try await sql.raw("""
            UPDATE contacts SET attempts = attempts + 1, last_completion_code = \(bind: code), retry_at = \(bind: retryAt),
                updated_at = \(bind: millis) WHERE id = \(bind: contact.id)
            """).run()
        var changes = [
            Change(field: "attempt", from: .null, to: .integer(attempt.id)),
            Change(field: "completionCode", from: .null, to: .string(code)),
        ]
        if let notes = result.notes { changes.append(Change(field: "notes", from: .null, to: .string(notes))) }
        if let due = plan.dueAt { changes.append(Change(field: plan.state == .callback ? "callbackAt" : "retryAt", from: .null, to: .string(Timestamp.format(due)))) }
        changes += lightChanges
        try await ContactWrites.record([(contact.id, .result, try JSONText.encode(changes))], actor: actor, at: millis, on: sql)
    }

    public func extend(_ attempt: Attempt, until: Date) async throws {
        try await sql.raw("UPDATE attempts SET expires_at = \(bind: Millis.from(until)) WHERE id = \(bind: attempt.id)").run()
    }

    /// Gives a leased attempt back unattempted; nothing is counted against the contact.
    public func release(_ attempt: Attempt) async throws {
        try await sql.raw("UPDATE attempts SET state = 'released', ended_at = \(bind: millis) WHERE id = \(bind: attempt.id)").run()
        try await giveBack(contactID: attempt.contactID, to: attempt.fromState)
    }

    // MARK: - Pieces

    /// A leased contact back in the state it was leased from, due now.
    private func giveBack(contactID: Int64, to state: JobContactState) async throws {
        guard let candidate = try await candidate(contactID: contactID), candidate.facts.state == .leased else { return }
        var facts = candidate.facts
        facts.state = state
        let due: Int64? = state == .ready && !facts.attempted ? nil : millis
        try await sql.raw("""
            UPDATE job_contacts SET state = \(bind: state.rawValue), due_at = \(bind: due) WHERE job_id = \(bind: jobID) AND contact_id = \(bind: contactID)
            """).run()
        try await sql.raw("""
            UPDATE contacts SET status = \(bind: state == .callback ? ContactStatus.callback.rawValue : ContactStatus.remaining.rawValue),
                version = version + 1, updated_at = \(bind: millis) WHERE id = \(bind: contactID) AND status = 'processing'
            """).run()
        count(from: candidate.facts, to: facts, list: candidate.contact.listID)
    }

    private func contactKeys(_ contact: Contact, _ content: ContactContent) async throws -> [ContactKey] {
        let list = try await SQLListRepository.find(sql, id: contact.listID, tenantID: tenantID)
        return list.map { ContactKey.all(of: content, list: $0) } ?? []
    }

    private func count(from old: JobContactFacts, to new: JobContactFacts, list: Int64) {
        for (name, value) in JobContactFacts.delta(from: old, to: new) { deltas[list, default: [:]][name, default: 0] += value }
    }

    func flush() async throws {
        try await JobContacts.add(deltas, jobID: jobID, on: sql)
        deltas = [:]
    }

    static let attemptColumns = """
        id, tenant_id, job_id, campaign_id, contact_id, list_id, from_state, slot, address, agent, state, leased_at, expires_at, ended_at,
        completion_code, result, evidence
        """

    static func attempt(_ row: any SQLRow) throws -> Attempt {
        let evidence = try JSONText.decode(AttemptEvidence.self, try row.decode(column: "evidence", as: String.self))
        return Attempt(
            id: try row.decode(column: "id", as: Int64.self), tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            jobID: try row.decode(column: "job_id", as: Int64.self), campaignID: try row.decode(column: "campaign_id", as: Int64.self),
            contactID: try row.decode(column: "contact_id", as: Int64.self), listID: try row.decode(column: "list_id", as: Int64.self),
            fromState: JobContactState(rawValue: try row.decode(column: "from_state", as: String.self)) ?? .ready,
            target: AttemptTarget(slot: try row.decode(column: "slot", as: Int.self), address: try row.decode(column: "address", as: String.self), type: .unknown, extension: nil),
            agent: try row.decode(column: "agent", as: String?.self),
            state: AttemptState(rawValue: try row.decode(column: "state", as: String.self)) ?? .ended,
            leasedAt: Millis.date(try row.decode(column: "leased_at", as: Int64.self)),
            expiresAt: Millis.date(try row.decode(column: "expires_at", as: Int64.self)),
            endedAt: try row.decode(column: "ended_at", as: Int64?.self).map(Millis.date),
            completionCode: try row.decode(column: "completion_code", as: String?.self),
            result: try row.decode(column: "result", as: String?.self).map { try JSONText.decode(AttemptResult.self, $0) },
            evidence: evidence)
    }
}
