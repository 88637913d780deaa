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
    private var campaign: (id: Int64, callbacks: CallbackSettings)?

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
        /// For a due callback that only one agent may take now, that agent.
        public var exclusiveAgent: String?
    }

    /// A candidate the gate let through, with the number to use and why, and whose lease it is.
    public struct Grant: Sendable {
        public var candidate: Candidate
        public var target: AttemptTarget
        public var evidence: AttemptEvidence
        public var agent: String?
        public var expiresAt: Date
        public init(candidate: Candidate, target: AttemptTarget, evidence: AttemptEvidence, agent: String?, expiresAt: Date) {
            self.candidate = candidate
            self.target = target
            self.evidence = evidence
            self.agent = agent
            self.expiresAt = expiresAt
        }
    }

    /// A leased attempt's result as the engine planned it, ready to be written; or a reply to an
    /// attempt that ended already, which changes its code without counting another attempt.
    public struct Ending: Sendable {
        public var attempt: Attempt
        public var code: String
        public var result: AttemptResult
        public var plan: ResultPlan
        public var candidate: Candidate
        /// The contact's content after the result.
        public var content: ContactContent
        /// The contact's keys for its new content when the result changes custom fields
        /// (`fieldKeys(of:_:)`); nil when it changes only status and number states.
        public var keys: [ContactKey]?
        /// The callback the result asks for, when its plan is one.
        public var callback: NewCallback?
        public var actor: String
        /// A later word (a reply, a bounce) on an attempt that ended: its code changes, no attempt is counted.
        public var amends: Bool
        public init(
            attempt: Attempt, code: String, result: AttemptResult, plan: ResultPlan, candidate: Candidate, content: ContactContent, keys: [ContactKey]?,
            callback: NewCallback?, actor: String, amends: Bool = false
        ) {
            self.amends = amends
            self.attempt = attempt
            self.code = code
            self.result = result
            self.plan = plan
            self.candidate = candidate
            self.content = content
            self.keys = keys
            self.callback = callback
            self.actor = actor
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

    /// The job's campaign and its callback thresholds, read once per session.
    public func campaignSettings() async throws -> (id: Int64, callbacks: CallbackSettings) {
        if let campaign { return campaign }
        let row = try await sql.raw("""
            SELECT c.id, c.callback_settings FROM jobs j JOIN campaigns c ON c.id = j.campaign_id WHERE j.id = \(bind: jobID)
            """).first()!
        let read = (id: try row.decode(column: "id", as: Int64.self), callbacks: try SQLCampaignRepository.callbackSettings(row))
        campaign = read
        return read
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
            WHERE job_id = \(bind: jobID) AND state = 'leased' AND expires_at <= \(bind: millis) AND handed_at IS NULL
            RETURNING contact_id, from_state
            """).all()
        for row in expired {
            try await giveBack(contactID: try row.decode(column: "contact_id", as: Int64.self),
                               to: JobContactState(rawValue: try row.decode(column: "from_state", as: String.self)) ?? .ready)
        }
        return expired.count
    }

    /// Up to `limit` contacts due now: due callbacks first (those only another agent may take
    /// now left out), then due retries and contacts that waited, then new contacts in the
    /// campaign's order. `agents` are the agents asking.
    public func candidates(limit: Int, agents: Set<String> = []) async throws -> [Candidate] {
        let lock: SQLQueryString = postgres ? " FOR UPDATE SKIP LOCKED" : ""
        let columns: SQLQueryString = "contact_id, list_id, state, filter_reason, wait_reason, attempted, latest_code, progress"
        let (campaignID, settings) = try await campaignSettings()
        // A prefer_agent callback is its agent's until this long after its time.
        let preferredSince = millis - Int64(settings.preferAgentWaitMinutes) * 60_000
        var takers: SQLQueryString = "cb.target_agent IS NULL OR cb.preference = 'anyone' OR (cb.preference = 'prefer_agent' AND cb.due_at <= \(bind: preferredSince))"
        if !agents.isEmpty { takers = takers + " OR cb.target_agent IN (\(binds: agents.sorted()))" }
        var rows = try await sql.raw("""
            SELECT jc.contact_id, jc.list_id, jc.state, jc.filter_reason, jc.wait_reason, jc.attempted, jc.latest_code, jc.progress,
                cb.target_agent AS callback_agent, cb.preference AS callback_preference, cb.due_at AS callback_due
            FROM job_contacts jc LEFT JOIN callbacks cb ON cb.campaign_id = \(bind: campaignID) AND cb.contact_id = jc.contact_id
                AND cb.state IN (\(binds: CallbackRows.openStates))
            WHERE jc.job_id = \(bind: jobID) AND jc.due_at <= \(bind: millis) AND jc.state = 'callback' AND (cb.id IS NULL OR
            """ + " " + takers + ") ORDER BY jc.due_at LIMIT \(bind: limit)" + (postgres ? " FOR UPDATE OF jc SKIP LOCKED" : "")).all()
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
                progress: try row.decode(column: "progress", as: String?.self).map { try JSONText.decode(JobContactProgress.self, $0) } ?? JobContactProgress(),
                exclusiveAgent: try Self.exclusiveAgent(row, settings: settings, now: now))
        }
    }

    /// The agent alone who may take a candidate row's callback now, if one is.
    private static func exclusiveAgent(_ row: any SQLRow, settings: CallbackSettings, now: Date) throws -> String? {
        guard row.contains(column: "callback_agent"), let agent = try row.decode(column: "callback_agent", as: String?.self),
            let preference = CallbackPreference(rawValue: try row.decode(column: "callback_preference", as: String.self)),
            let due = try row.decode(column: "callback_due", as: Int64?.self)
        else { return nil }
        return Callback.exclusiveAgent(target: agent, preference: preference, dueAt: Millis.date(due), at: now, settings: settings)
    }

    /// The tenant's attempts of the last `seconds` on the candidates' numbers and on the
    /// candidates themselves, in every campaign.
    public func recentAttempts(of candidates: [Candidate], within seconds: Double) async throws -> [Int64: AttemptGate.RecentAttempts] {
        try await RecentAttemptsQuery.recent(of: candidates.map(\.contact), tenantID: tenantID, since: now.addingTimeInterval(-seconds), on: sql)
    }

    /// The do-not-contact entries that could touch the candidates, as they stand now.
    public func blacklist(of candidates: [Candidate]) async throws -> BlacklistMatcher {
        let numbers = Set(candidates.flatMap { $0.contact.content.phones.map(\.e164).filter { !$0.isEmpty } })
        let emails = Set(candidates.flatMap(\.contact.content.emails))
        return BlacklistMatcher(try await SQLBlacklistRepository.candidates(numbers: numbers, emails: emails, tenantID: tenantID, on: sql))
    }

    /// Leases the grants: each contact taken from its other states to `processing` only if no
    /// other campaign holds it (those wait instead), an attempt recorded with its evidence.
    public func lease(_ grants: [Grant], actor: String) async throws -> [Attempt] {
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
        let campaign = try await campaignSettings().id
        let bulk = BulkRows(sql)
        let document = JSONDocument.rows(try leased.map { grant in
            [.integer(grant.candidate.contact.id), .integer(grant.candidate.contact.listID), .string(grant.candidate.facts.state.rawValue),
             .integer(Int64(grant.target.slot)), .string(grant.target.address), .string(try JSONText.encode(grant.evidence)),
             grant.agent.map(JSONValue.string) ?? .null, .integer(Millis.from(grant.expiresAt))]
        })
        let rows = try await sql.raw("""
            INSERT INTO attempts (tenant_id, job_id, campaign_id, contact_id, list_id, from_state, slot, address, agent, state, leased_at, expires_at, evidence)
            SELECT \(bind: tenantID), \(bind: jobID), \(bind: campaign), \(bulk.bigint(0)), \(bulk.bigint(1)), \(bulk.text(2)), \(bulk.integer(3)),
                \(bulk.text(4)), \(bulk.text(6)), 'leased', \(bind: millis), \(bulk.bigint(7)), \(bulk.text(5)) FROM \(bulk.source(document))
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
        guard !waits.isEmpty else { return }
        let bulk = BulkRows(sql)
        let document = JSONDocument.rows(waits.map { candidate, reason, until in
            [.integer(candidate.contact.id), .string(reason.rawValue), .integer(Millis.from(until))]
        })
        try await sql.raw("""
            UPDATE job_contacts SET wait_reason = \(bulk.text(1)), due_at = \(bulk.bigint(2)) FROM \(bulk.source(document))
            WHERE \(bulk.unindexed("job_contacts.job_id")) = \(bind: jobID) AND job_contacts.contact_id = \(bulk.bigint(0))
            """).run()
        for (candidate, reason, _) in waits {
            var facts = candidate.facts
            facts.waitReason = reason
            count(from: candidate.facts, to: facts, list: candidate.contact.listID)
        }
        // A callback held back says why on itself, for the supervisor.
        let callbacks = waits.filter { $0.0.facts.state == .callback }
        guard !callbacks.isEmpty else { return }
        let campaign = try await campaignSettings().id
        let held = JSONDocument.rows(callbacks.map { candidate, reason, until in
            [.integer(candidate.contact.id), .string(reason.rawValue), .integer(Millis.from(until))]
        })
        try await sql.raw("""
            UPDATE callbacks SET wait_reason = \(bulk.text(1)), wait_until = \(bulk.bigint(2)), updated_at = \(bind: millis) FROM \(bulk.source(held))
            WHERE \(bulk.unindexed("callbacks.campaign_id")) = \(bind: campaign) AND callbacks.contact_id = \(bulk.bigint(0))
                AND callbacks.state IN (\(binds: CallbackRows.openStates))
            """).run()
    }

    /// Candidates with nothing left to try: out of the job unworked, or finished if attempted.
    public func finish(_ ends: [(Candidate, FilterReason)]) async throws {
        guard !ends.isEmpty else { return }
        let finished = ends.map { candidate, reason in
            var facts = candidate.facts
            facts.waitReason = nil
            if facts.attempted {
                facts.state = .finished
            } else {
                facts.state = .filtered
                facts.filterReason = reason
            }
            return (candidate, facts)
        }
        let bulk = BulkRows(sql)
        let document = JSONDocument.rows(finished.map { candidate, facts in
            [.integer(candidate.contact.id), .string(facts.state.rawValue), facts.filterReason.map { .string($0.rawValue) } ?? .null]
        })
        try await sql.raw("""
            UPDATE job_contacts SET state = \(bulk.text(1)), filter_reason = \(bulk.text(2)), wait_reason = NULL, due_at = NULL
            FROM \(bulk.source(document)) WHERE \(bulk.unindexed("job_contacts.job_id")) = \(bind: jobID) AND job_contacts.contact_id = \(bulk.bigint(0))
            """).run()
        let pending = ends.map(\.0).filter { $0.facts.state == .retry || $0.facts.state == .callback }.map(\.contact.id)
        if !pending.isEmpty {
            try await sql.raw("""
                UPDATE contacts SET status = CASE WHEN status = 'callback' THEN 'remaining' ELSE status END, retry_at = NULL,
                    version = version + 1, updated_at = \(bind: millis) WHERE id IN (\(binds: pending))
                """).run()
        }
        for (candidate, facts) in finished { count(from: candidate.facts, to: facts, list: candidate.contact.listID) }
    }

    // MARK: - Results

    /// The attempt, locked; nil when the tenant has none such in this job.
    public func attempt(id: Int64) async throws -> Attempt? {
        try await attempts(ids: [id])[id]
    }

    /// The attempts of this job with these ids that the tenant has, locked for their results.
    public func attempts(ids: [Int64]) async throws -> [Int64: Attempt] {
        guard !ids.isEmpty else { return [:] }
        // Locked in id order, so that two servers' rounds never wait on each other in a circle.
        let rows = try await sql.raw("""
            SELECT \(unsafeRaw: Self.attemptColumns) FROM attempts WHERE id IN (\(binds: ids)) AND job_id = \(bind: jobID) AND tenant_id = \(bind: tenantID)
            ORDER BY id
            """ + (postgres ? " FOR UPDATE" : "")).all()
        return Dictionary(uniqueKeysWithValues: try rows.map(Self.attempt).map { ($0.id, $0) })
    }

    /// The job's memory of a contact.
    public func candidate(contactID: Int64) async throws -> Candidate? {
        try await candidates(contactIDs: [contactID])[contactID]
    }

    /// The job's memory of these contacts, by contact.
    public func candidates(contactIDs: [Int64]) async throws -> [Int64: Candidate] {
        guard !contactIDs.isEmpty else { return [:] }
        let rows = try await sql.raw(Self.candidates + " WHERE j.job_id = \(bind: jobID) AND j.contact_id IN (\(binds: contactIDs))").all()
        return Dictionary(uniqueKeysWithValues: try rows.map(Self.candidate).map { ($0.contact.id, $0) })
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

    /// The contact's keys for content whose custom fields a result changes, checked free in its
    /// list; throws, before anything is written, when another contact holds one of them.
    public func fieldKeys(of contact: Contact, _ content: ContactContent) async throws -> [ContactKey] {
        let list = try await SQLListRepository.find(sql, id: contact.listID, tenantID: tenantID)
        let keys = list.map { ContactKey.all(of: content, list: $0) } ?? []
        try await SQLContactRepository.checkKeysFree(sql, keys, listID: contact.listID, except: contact.id)
        return keys
    }

    /// Ends leased attempts with their results: each attempt, its job contact as its plan says,
    /// and its contact with its status, counts and history, a few statements for all of them.
    public func end(_ endings: [Ending]) async throws {
        guard !endings.isEmpty else { return }
        let bulk = BulkRows(sql)
        let attempts = JSONDocument.rows(try endings.map { [.integer($0.attempt.id), .string($0.code), .string(try JSONText.encode($0.result))] })
        try await sql.raw("""
            UPDATE attempts SET state = 'ended', completion_code = \(bulk.text(1)), result = \(bulk.text(2)), ended_at = COALESCE(ended_at, \(bind: millis))
            FROM \(bulk.source(attempts)) WHERE attempts.id = \(bulk.bigint(0))
            """).run()
        let jobContacts = JSONDocument.rows(try endings.map { ending in
            [.integer(ending.attempt.contactID), .string(ending.plan.state.rawValue), .string(ending.code),
             ending.plan.dueAt.map { .integer(Millis.from($0)) } ?? .null, .string(try JSONText.encode(ending.plan.progress))]
        })
        try await sql.raw("""
            UPDATE job_contacts SET state = \(bulk.text(1)), filter_reason = NULL, wait_reason = NULL, attempted = \(bind: true),
                latest_code = \(bulk.text(2)), due_at = \(bulk.bigint(3)), progress = \(bulk.text(4))
            FROM \(bulk.source(jobContacts)) WHERE \(bulk.unindexed("job_contacts.job_id")) = \(bind: jobID) AND job_contacts.contact_id = \(bulk.bigint(0))
            """).run()
        // Field changes go through the contact's keys and search columns like any edit.
        for (actor, edited) in Dictionary(grouping: endings.filter { $0.keys != nil }, by: \.actor) {
            try await ContactWrites.update(
                edited.map { ContactWrites.Update(before: $0.candidate.contact, content: $0.content, keys: $0.keys!) }, actor: actor, at: millis, on: sql)
        }
        // Status and number states written here only for the others (the search columns and
        // keys stay as they are); counts for all.
        let contacts = JSONDocument.rows(endings.map { ending in
            let light = ending.keys == nil
            return [.integer(ending.candidate.contact.id),
                    light ? .string(ending.content.status.rawValue) : .null, light ? .string(JSONDocument.text(ending.content.phones)) : .null,
                    .string(ending.code), ending.plan.state == .retry ? ending.plan.dueAt.map { .integer(Millis.from($0)) } ?? .null : .null,
                    .integer(ending.amends ? 0 : 1)]
        })
        try await sql.raw("""
            UPDATE contacts SET status = COALESCE(\(bulk.text(1)), status), phones = COALESCE(\(bulk.text(2)), phones),
                version = version + CASE WHEN \(bulk.text(1)) IS NULL THEN 0 ELSE 1 END, attempts = attempts + \(bulk.integer(5)),
                last_completion_code = \(bulk.text(3)), retry_at = \(bulk.bigint(4)), updated_at = \(bind: millis)
            FROM \(bulk.source(contacts)) WHERE contacts.id = \(bulk.bigint(0))
            """).run()
        var history: [String: [(Int64, HistoryKind, String)]] = [:]
        for ending in endings {
            let facts = JobContactFacts(state: ending.plan.state, attempted: true, latestCode: ending.code)
            count(from: ending.candidate.facts, to: facts, list: ending.attempt.listID)
            if !ending.amends { deltas[ending.attempt.listID, default: [:]][JobCounters.attempts, default: 0] += 1 }
            var changes = [
                Change(field: "attempt", from: .null, to: .integer(ending.attempt.id)),
                Change(field: "completionCode", from: ending.attempt.completionCode.map(JSONValue.string) ?? .null, to: .string(ending.code)),
            ]
            if let notes = ending.result.notes { changes.append(Change(field: "notes", from: .null, to: .string(notes))) }
            if let due = ending.plan.dueAt {
                changes.append(Change(field: ending.plan.state == .callback ? "callbackAt" : "retryAt", from: .null, to: .string(Timestamp.format(due))))
            }
            if ending.keys == nil { changes += Change.between(ending.candidate.contact.content, ending.content) }
            history[ending.actor, default: []].append((ending.candidate.contact.id, .result, try JSONText.encode(changes)))
        }
        for (actor, events) in history { try await ContactWrites.record(events, actor: actor, at: millis, on: sql) }
        try await endCallbacks(endings)
    }

    /// A result handles the contact's open callback of the campaign that was there when it was
    /// leased; a result that asks for a callback makes the next one. A contact with an open
    /// callback waits in the `callback` state, so only attempts leased from it handle one.
    private func endCallbacks(_ endings: [Ending]) async throws {
        let handling = endings.filter { $0.attempt.fromState == .callback }
        let asked = endings.compactMap(\.callback)
        guard !handling.isEmpty || !asked.isEmpty else { return }
        let (campaign, settings) = try await campaignSettings()
        if !handling.isEmpty { try await closeHandled(handling, campaign: campaign) }
        for new in asked {
            let made = try await CallbackRows.insert(new, tenantID: tenantID, settings: settings, now: now, on: sql)
            try await sql.raw("""
                UPDATE job_contacts SET due_at = \(bind: Millis.from(settings.leasableAt(made.dueAt)))
                WHERE job_id = \(bind: jobID) AND contact_id = \(bind: made.contactID)
                """).run()
        }
    }

    private func closeHandled(_ endings: [Ending], campaign: Int64) async throws {
        let handled = JSONDocument.rows(endings.map { ending in
            [.integer(ending.attempt.contactID), .integer(ending.attempt.id), ending.attempt.agent.map(JSONValue.string) ?? .null,
             .integer(Millis.from(ending.attempt.leasedAt)), .string("handled: \(ending.code)")]
        })
        let bulk = BulkRows(sql)
        try await sql.raw("""
            UPDATE callbacks SET state = 'closed', handled_by_attempt = \(bulk.bigint(1)), last_agent = COALESCE(\(bulk.text(2)), last_agent),
                closed_reason = \(bulk.text(4)), wait_reason = NULL, wait_until = NULL, updated_at = \(bind: millis)
            FROM \(bulk.source(handled))
            WHERE \(bulk.unindexed("callbacks.campaign_id")) = \(bind: campaign) AND callbacks.contact_id = \(bulk.bigint(0))
                AND callbacks.state IN (\(binds: CallbackRows.openStates)) AND callbacks.created_at <= \(bulk.bigint(3))
            """).run()
    }

    /// Throws `CallbackLimitReached` when the campaign has no room for one more callback at `dueAt`.
    public func checkCallbackLimit(at dueAt: Date) async throws {
        let (campaign, settings) = try await campaignSettings()
        try await CallbackRows.checkLimit(at: dueAt, campaignID: campaign, except: nil, settings: settings, on: sql)
    }

    /// Marks leased attempts as handed to their gateway, to wait for a report until `until`;
    /// the ids not handed before, which are the only ones to send. A handed attempt's lease does
    /// not return its contact when it runs out: the message went, and must not go twice.
    public func hand(_ attemptIDs: [Int64], until: Date) async throws -> Set<Int64> {
        guard !attemptIDs.isEmpty else { return [] }
        return Set(try await sql.raw("""
            UPDATE attempts SET handed_at = \(bind: millis), expires_at = \(bind: Millis.from(until))
            WHERE id IN (\(binds: attemptIDs)) AND job_id = \(bind: jobID) AND state = 'leased' AND handed_at IS NULL RETURNING id
            """).all().map { try $0.decode(column: "id", as: Int64.self) })
    }

    /// Handed attempts whose wait for a report ran out.
    public func unreported(limit: Int) async throws -> [Int64] {
        try await sql.raw("""
            SELECT id FROM attempts WHERE job_id = \(bind: jobID) AND state = 'leased' AND handed_at IS NOT NULL AND expires_at <= \(bind: millis)
            ORDER BY expires_at LIMIT \(bind: limit)
            """).all().map { try $0.decode(column: "id", as: Int64.self) }
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
