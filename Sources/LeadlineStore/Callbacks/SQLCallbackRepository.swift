import Foundation
import LeadlineCore
import SQLKit

struct SQLCallbackRepository: CallbackRepository {
    let database: Database
    let clock: @Sendable () -> Date

    func create(_ new: NewCallback, tenantID: Int64) async throws -> Callback {
        let now = clock()
        return try await database.write { sql in
            guard let settings = try await CallbackRows.settings(campaignID: new.campaignID, tenantID: tenantID, on: sql) else {
                throw DomainError.notFound("campaign \(new.campaignID) does not exist")
            }
            let made = try await CallbackRows.insert(new, tenantID: tenantID, settings: settings, now: now, on: sql)
            try await CallbackRows.place(contactID: made.contactID, campaignID: made.campaignID, leasableAt: settings.leasableAt(made.dueAt), now: now, on: sql)
            return made
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> Callback? {
        try await database.read { sql in try await Self.find(id: id, tenantID: tenantID, on: sql) }
    }

    private static func find(id: Int64, tenantID: Int64, on sql: any SQLDatabase) async throws -> Callback? {
        try await sql.raw("SELECT \(unsafeRaw: CallbackRows.columns) FROM callbacks WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)")
            .first().map(CallbackRows.callback)
    }

    func search(_ search: CallbackSearch, tenantID: Int64, page: PageRequest) async throws -> Page<Callback> {
        try await database.read { sql in
            var conditions: [SQLQueryString] = ["cb.tenant_id = \(bind: tenantID)", "cb.id > \(bind: page.after?.lastID ?? 0)"]
            if let campaign = search.campaignID { conditions.append("cb.campaign_id = \(bind: campaign)") }
            if let agent = search.lastAgent { conditions.append("cb.last_agent = \(bind: agent)") }
            if let agent = search.targetAgent { conditions.append("cb.target_agent = \(bind: agent)") }
            if !search.states.isEmpty { conditions.append("cb.state IN (\(binds: search.states.map(\.rawValue)))") }
            if !search.types.isEmpty { conditions.append("cb.type IN (\(binds: search.types.map(\.rawValue)))") }
            if let preference = search.preference { conditions.append("cb.preference = \(bind: preference.rawValue)") }
            if let from = search.dueFrom { conditions.append("cb.due_at >= \(bind: Millis.from(from))") }
            if let to = search.dueTo { conditions.append("cb.due_at < \(bind: Millis.from(to))") }
            // Names are stored folded, word by word; each word of the search is found in them.
            for word in SearchText.words(search.contactName ?? "") {
                conditions.append("cb.contact_id IN (SELECT id FROM contacts WHERE tenant_id = \(bind: tenantID) AND search_name LIKE \(bind: "%\(word)%"))")
            }
            let rows = try await sql.raw("SELECT \(unsafeRaw: CallbackRows.columns) FROM callbacks cb WHERE "
                + conditions.joined(separator: " AND ") + " ORDER BY cb.id LIMIT \(bind: page.limit + 1)").all()
            let items = try rows.prefix(page.limit).map(CallbackRows.callback)
            return Page(items: items, nextCursor: rows.count > page.limit ? items.last.map { Cursor(lastID: $0.id) } : nil)
        }
    }

    func move(id: Int64, to dueAt: Date, windowEndAt: Date?, actor: String, tenantID: Int64) async throws -> Callback {
        let now = clock()
        return try await database.write { sql in
            let current = try await Self.open(id: id, tenantID: tenantID, on: sql)
            if let leased = try await sql.raw("""
                SELECT a.id FROM attempts a JOIN jobs j ON j.id = a.job_id
                WHERE j.campaign_id = \(bind: current.campaignID) AND a.contact_id = \(bind: current.contactID) AND a.state = 'leased'
                """).first() {
                throw DomainError.conflict(
                    field: nil, reason: "contact \(current.contactID) is being called now (attempt \(try leased.decode(column: "id", as: Int64.self))); move the callback after its result")
            }
            let settings = try await CallbackRows.settings(campaignID: current.campaignID, tenantID: tenantID, on: sql) ?? CallbackSettings()
            try await CallbackRows.checkLimit(at: dueAt, campaignID: current.campaignID, except: id, settings: settings, on: sql)
            let end = windowEndAt ?? settings.windowEnd(after: dueAt)
            let state = CallbackState.scheduled.advanced(dueAt: dueAt, windowEndAt: end, settings: settings, now: now)
            // A person's new time starts the callback over (seed 003: scheduled by user).
            let row = try await sql.raw("""
                UPDATE callbacks SET due_at = \(bind: Millis.from(dueAt)), window_end_at = \(bind: Millis.from(end)), state = \(bind: state.rawValue),
                    type = \(bind: CallbackType.scheduledByUser.rawValue), wait_reason = NULL, wait_until = NULL, updated_at = \(bind: Millis.from(now))
                WHERE id = \(bind: id) RETURNING \(unsafeRaw: CallbackRows.columns)
                """).first()!
            try await CallbackRows.place(contactID: current.contactID, campaignID: current.campaignID, leasableAt: settings.leasableAt(dueAt), now: now, on: sql)
            return try CallbackRows.callback(row)
        }
    }

    func reassign(ids: [Int64], to agent: String, tenantID: Int64) async throws -> [Callback] {
        let now = Millis.from(clock())
        return try await database.write { sql in
            for id in ids { _ = try await Self.open(id: id, tenantID: tenantID, on: sql) }
            return try await sql.raw("""
                UPDATE callbacks SET target_agent = \(bind: agent),
                    preference = CASE WHEN preference = 'anyone' THEN 'prefer_agent' ELSE preference END, updated_at = \(bind: now)
                WHERE id IN (\(binds: ids)) AND tenant_id = \(bind: tenantID) RETURNING \(unsafeRaw: CallbackRows.columns)
                """).all().map(CallbackRows.callback).sorted { $0.id < $1.id }
        }
    }

    func close(ids: [Int64], reason: String, tenantID: Int64) async throws -> [Callback] {
        let now = clock()
        return try await database.write { sql in
            for id in ids { _ = try await Self.open(id: id, tenantID: tenantID, on: sql) }
            return try await Self.close(where: "id IN (\(binds: ids)) AND tenant_id = \(bind: tenantID)", state: .closed, reason: reason, now: now, on: sql)
        }
    }

    func closeAll(campaignID: Int64, reason: String, tenantID: Int64) async throws -> Int {
        let now = clock()
        return try await database.write { sql in
            guard try await CallbackRows.settings(campaignID: campaignID, tenantID: tenantID, on: sql) != nil else {
                throw DomainError.notFound("campaign \(campaignID) does not exist")
            }
            return try await Self.close(
                where: "campaign_id = \(bind: campaignID) AND tenant_id = \(bind: tenantID) AND state IN (\(binds: CallbackRows.openStates))",
                state: .closed, reason: reason, now: now, on: sql).count
        }
    }

    func advance(now: Date) async throws -> Int {
        let millis = Millis.from(now)
        return try await database.write { sql in
            var changed = 0
            for row in try await sql.raw("""
                SELECT c.id, c.callback_settings FROM campaigns c
                WHERE EXISTS (SELECT 1 FROM callbacks cb WHERE cb.campaign_id = c.id AND cb.state IN (\(binds: CallbackRows.openStates)))
                """).all() {
                let campaign = try row.decode(column: "id", as: Int64.self)
                let settings = try SQLCampaignRepository.callbackSettings(row)
                // Latest state first, so that each callback moves once, to where the clock says.
                changed += try await Self.close(
                    where: "campaign_id = \(bind: campaign) AND state IN (\(binds: CallbackRows.openStates)) AND window_end_at <= \(bind: millis)",
                    state: .expired, reason: "its window ended undelivered", now: now, on: sql).count
                changed += try await sql.raw("""
                    UPDATE callbacks SET state = 'delayed', updated_at = \(bind: millis)
                    WHERE campaign_id = \(bind: campaign) AND state IN ('scheduled', 'due')
                        AND due_at <= \(bind: millis - Int64(settings.delayedAfterMinutes) * 60_000) RETURNING id
                    """).all().count
                changed += try await sql.raw("""
                    UPDATE callbacks SET state = 'due', updated_at = \(bind: millis)
                    WHERE campaign_id = \(bind: campaign) AND state = 'scheduled'
                        AND due_at <= \(bind: millis + Int64(settings.dueBeforeMinutes) * 60_000) RETURNING id
                    """).all().count
            }
            return changed
        }
    }

    func agentKnown(_ agent: String, tenantID: Int64) async throws -> Bool {
        try await database.read { sql in
            try await sql.raw("SELECT 1 AS known FROM attempts WHERE tenant_id = \(bind: tenantID) AND agent = \(bind: agent) LIMIT 1").first() != nil
        }
    }

    /// The tenant's callback, open; refused when it is not.
    private static func open(id: Int64, tenantID: Int64, on sql: any SQLDatabase) async throws -> Callback {
        guard let callback = try await find(id: id, tenantID: tenantID, on: sql) else { throw DomainError.notFound("callback \(id) does not exist") }
        guard callback.state.isOpen else {
            throw DomainError.conflict(field: "state", reason: "callback \(id) is \(callback.state.rawValue); only a scheduled, due or delayed callback changes")
        }
        return callback
    }

    /// Ends the callbacks that match, their contacts out of the `callback` state of their campaigns' jobs.
    private static func close(where condition: SQLQueryString, state: CallbackState, reason: String, now: Date, on sql: any SQLDatabase) async throws -> [Callback] {
        let closed = try await sql.raw("""
            UPDATE callbacks SET state = \(bind: state.rawValue), closed_reason = \(bind: reason), updated_at = \(bind: Millis.from(now)) WHERE
            """ + " " + condition + " RETURNING \(unsafeRaw: CallbackRows.columns)").all().map(CallbackRows.callback)
        for (campaign, callbacks) in Dictionary(grouping: closed, by: \.campaignID) {
            try await CallbackRows.lift(contactIDs: callbacks.map(\.contactID), campaignID: campaign, now: now, on: sql)
        }
        return closed.sorted { $0.id < $1.id }
    }
}
