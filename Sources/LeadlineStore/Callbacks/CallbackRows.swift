import Foundation
import LeadlineCore
import SQLKit

/// The statements over callbacks that the repository and dispatch share, in the caller's
/// transaction; with each, what it changes in the campaign's active job and its counters.
enum CallbackRows {
    static let columns = """
        id, tenant_id, campaign_id, contact_id, address, due_at, window_end_at, type, preference, target_agent, last_agent, comment, state,
        wait_reason, wait_until, made_by_attempt, handled_by_attempt, closed_reason, created_by, created_at, updated_at
        """

    static let openStates: [String] = CallbackState.allCases.filter(\.isOpen).map(\.rawValue)

    static func callback(_ row: any SQLRow) throws -> Callback {
        Callback(
            id: try row.decode(column: "id", as: Int64.self), tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            campaignID: try row.decode(column: "campaign_id", as: Int64.self), contactID: try row.decode(column: "contact_id", as: Int64.self),
            address: try row.decode(column: "address", as: String?.self), dueAt: Millis.date(try row.decode(column: "due_at", as: Int64.self)),
            windowEndAt: Millis.date(try row.decode(column: "window_end_at", as: Int64.self)),
            type: CallbackType(rawValue: try row.decode(column: "type", as: String.self)) ?? .unspecified,
            preference: CallbackPreference(rawValue: try row.decode(column: "preference", as: String.self)) ?? .anyone,
            targetAgent: try row.decode(column: "target_agent", as: String?.self), lastAgent: try row.decode(column: "last_agent", as: String?.self),
            comment: try row.decode(column: "comment", as: String?.self),
            state: CallbackState(rawValue: try row.decode(column: "state", as: String.self)) ?? .closed,
            waitReason: try row.decode(column: "wait_reason", as: String?.self).flatMap(WaitReason.init(rawValue:)),
            waitUntil: try row.decode(column: "wait_until", as: Int64?.self).map(Millis.date),
            madeByAttempt: try row.decode(column: "made_by_attempt", as: Int64?.self),
            handledByAttempt: try row.decode(column: "handled_by_attempt", as: Int64?.self),
            closedReason: try row.decode(column: "closed_reason", as: String?.self), createdBy: try row.decode(column: "created_by", as: String.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)))
    }

    /// The campaign's callback thresholds, read in the transaction; nil when the tenant has no such campaign.
    static func settings(campaignID: Int64, tenantID: Int64, on sql: any SQLDatabase) async throws -> CallbackSettings? {
        guard let row = try await sql.raw("""
            SELECT callback_settings FROM campaigns WHERE id = \(bind: campaignID) AND tenant_id = \(bind: tenantID)
            """).first() else { return nil }
        return try SQLCampaignRepository.callbackSettings(row)
    }

    /// Records a callback: the contact must be in one of the campaign's lists and have no open
    /// callback there, and the campaign's interval limit must have room. Its contact enters
    /// the `callback` state of the campaign's active job.
    static func insert(_ new: NewCallback, tenantID: Int64, settings: CallbackSettings, now: Date, on sql: any SQLDatabase) async throws -> Callback {
        guard try await sql.raw("""
            SELECT 1 AS found FROM contacts c JOIN campaign_lists cl ON cl.list_id = c.list_id
            WHERE c.id = \(bind: new.contactID) AND c.tenant_id = \(bind: tenantID) AND cl.campaign_id = \(bind: new.campaignID)
            """).first() != nil else {
            throw DomainError.notFound("contact \(new.contactID) is in none of campaign \(new.campaignID)'s lists")
        }
        if let open = try await sql.raw("""
            SELECT id FROM callbacks WHERE campaign_id = \(bind: new.campaignID) AND contact_id = \(bind: new.contactID) AND state IN (\(binds: openStates))
            """).first() {
            throw DomainError.conflict(
                field: "contactId", reason: "contact \(new.contactID) has callback \(try open.decode(column: "id", as: Int64.self)) open in this campaign; move it instead")
        }
        try await checkLimit(at: new.dueAt, campaignID: new.campaignID, except: nil, settings: settings, on: sql)
        let windowEnd = new.windowEndAt ?? settings.windowEnd(after: new.dueAt)
        let state = CallbackState.scheduled.advanced(dueAt: new.dueAt, windowEndAt: windowEnd, settings: settings, now: now)
        let millis = Millis.from(now)
        let row = try await sql.raw("""
            INSERT INTO callbacks (tenant_id, campaign_id, contact_id, address, due_at, window_end_at, type, preference, target_agent, last_agent,
                comment, state, made_by_attempt, created_by, created_at, updated_at)
            VALUES (\(bind: tenantID), \(bind: new.campaignID), \(bind: new.contactID), \(bind: new.address), \(bind: Millis.from(new.dueAt)),
                \(bind: Millis.from(windowEnd)), \(bind: new.type.rawValue), \(bind: new.preference.rawValue), \(bind: new.targetAgent),
                \(bind: new.lastAgent), \(bind: new.comment), \(bind: state.rawValue), \(bind: new.madeByAttempt), \(bind: new.createdBy),
                \(bind: millis), \(bind: millis))
            RETURNING \(unsafeRaw: columns)
            """).first()!
        return try callback(row)
    }

    /// A callback at `dueAt` for the contact: its open one moved there, or a new one; either way
    /// of `type` and waiting in the campaign's active job. What an import's `callback_at` does,
    /// so that the same file imported again gives the same callbacks.
    static func schedule(
        contactID: Int64, campaignID: Int64, tenantID: Int64, dueAt: Date, type: CallbackType, settings: CallbackSettings, actor: String,
        now: Date, on sql: any SQLDatabase
    ) async throws {
        let end = settings.windowEnd(after: dueAt)
        if let open = try await sql.raw("""
            SELECT id FROM callbacks WHERE campaign_id = \(bind: campaignID) AND contact_id = \(bind: contactID) AND state IN (\(binds: openStates))
            """).first() {
            let id = try open.decode(column: "id", as: Int64.self)
            try await checkLimit(at: dueAt, campaignID: campaignID, except: id, settings: settings, on: sql)
            let state = CallbackState.scheduled.advanced(dueAt: dueAt, windowEndAt: end, settings: settings, now: now)
            try await sql.raw("""
                UPDATE callbacks SET due_at = \(bind: Millis.from(dueAt)), window_end_at = \(bind: Millis.from(end)), state = \(bind: state.rawValue),
                    type = \(bind: type.rawValue), wait_reason = NULL, wait_until = NULL, updated_at = \(bind: Millis.from(now))
                WHERE id = \(bind: id)
                """).run()
        } else {
            _ = try await insert(
                NewCallback(campaignID: campaignID, contactID: contactID, dueAt: dueAt, type: type, createdBy: actor), tenantID: tenantID,
                settings: settings, now: now, on: sql)
        }
        try await place(contactID: contactID, campaignID: campaignID, leasableAt: settings.leasableAt(dueAt), now: now, on: sql)
    }

    /// Throws `CallbackLimitReached` when one more callback at `dueAt` would put more than the
    /// limit in some interval; `except` is a callback being moved.
    static func checkLimit(at dueAt: Date, campaignID: Int64, except: Int64?, settings: CallbackSettings, on sql: any SQLDatabase) async throws {
        guard let limit = settings.limit else { return }
        let span = Int64(limit.minutes) * 60_000
        // Every open callback from an interval before on may push the first free time later.
        let booked = try await sql.raw("""
            SELECT due_at FROM callbacks WHERE campaign_id = \(bind: campaignID) AND state IN (\(binds: openStates))
                AND due_at > \(bind: Millis.from(dueAt) - span) AND id <> \(bind: except ?? 0)
            """).all().map { Millis.date(try $0.decode(column: "due_at", as: Int64.self)) }
        let free = limit.firstFree(from: dueAt, booked: booked)
        if free != dueAt { throw CallbackLimitReached(limit: limit, nextFreeAt: free) }
    }

    // MARK: - The active job

    /// The job contact of the campaign's active job for each of these contacts, with its facts.
    private static func jobContacts(_ contactIDs: [Int64], campaignID: Int64, on sql: any SQLDatabase) async throws -> (Int64, [(Int64, Int64, JobContactFacts)])? {
        guard !contactIDs.isEmpty, let job = try await SQLCampaignRepository.activeJob(campaignID: campaignID, on: sql) else { return nil }
        let rows = try await sql.raw("""
            SELECT contact_id, list_id, state, filter_reason, wait_reason, attempted, latest_code FROM job_contacts
            WHERE job_id = \(bind: job) AND contact_id IN (\(binds: contactIDs))
            """).all()
        return (job, try rows.map { (try $0.decode(column: "contact_id", as: Int64.self), try $0.decode(column: "list_id", as: Int64.self), try JobContacts.facts($0)) })
    }

    /// The contact waits in the `callback` state of the campaign's active job until it may be
    /// leased; a contact being called now is left to its result.
    static func place(contactID: Int64, campaignID: Int64, leasableAt: Date, now: Date, on sql: any SQLDatabase) async throws {
        guard let (job, held) = try await jobContacts([contactID], campaignID: campaignID, on: sql), let (_, list, facts) = held.first,
            facts.state != .leased else { return }
        var after = facts
        after.state = .callback
        after.filterReason = nil
        after.waitReason = nil
        try await sql.raw("""
            UPDATE job_contacts SET state = 'callback', filter_reason = NULL, wait_reason = NULL, due_at = \(bind: Millis.from(leasableAt))
            WHERE job_id = \(bind: job) AND contact_id = \(bind: contactID)
            """).run()
        try await sql.raw("""
            UPDATE contacts SET status = 'callback', version = version + 1, updated_at = \(bind: Millis.from(now))
            WHERE id = \(bind: contactID) AND status <> 'processing'
            """).run()
        try await JobContacts.add([list: JobContactFacts.delta(from: facts, to: after)], jobID: job, on: sql)
    }

    /// Contacts whose callbacks closed or expired leave the `callback` state of the campaign's
    /// active job: done there if it attempted them, else back with the new contacts.
    static func lift(contactIDs: [Int64], campaignID: Int64, now: Date, on sql: any SQLDatabase) async throws {
        guard let (job, held) = try await jobContacts(contactIDs, campaignID: campaignID, on: sql) else { return }
        var deltas: [Int64: [String: Int]] = [:]
        var lifted: [Int64] = []
        for (contact, list, facts) in held where facts.state == .callback {
            var after = facts
            after.state = facts.attempted ? .finished : .ready
            after.waitReason = nil
            try await sql.raw("""
                UPDATE job_contacts SET state = \(bind: after.state.rawValue), wait_reason = NULL, due_at = NULL
                WHERE job_id = \(bind: job) AND contact_id = \(bind: contact)
                """).run()
            for (name, value) in JobContactFacts.delta(from: facts, to: after) { deltas[list, default: [:]][name, default: 0] += value }
            lifted.append(contact)
        }
        guard !lifted.isEmpty else { return }
        try await sql.raw("""
            UPDATE contacts SET status = 'remaining', version = version + 1, updated_at = \(bind: Millis.from(now))
            WHERE id IN (\(binds: lifted)) AND status = 'callback'
            """).run()
        try await JobContacts.add(deltas, jobID: job, on: sql)
    }
}
