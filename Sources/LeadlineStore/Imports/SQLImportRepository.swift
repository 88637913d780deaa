import Foundation
import LeadlineCore
import SQLKit

struct SQLImportRepository: ImportRepository {
    let database: Database
    let clock: @Sendable () -> Date

    func begin(processID: Int64, listID: Int64, tenantID: Int64, rules: ImportRules) async throws -> ImportStart {
        let list = try await database.read { sql in try await SQLListRepository.writable(sql, id: listID, tenantID: tenantID) }
        try rules.checkReach(listOwner: list.tenantID, tenantID: tenantID)
        if rules.emptyListFirst {
            try await empty(list, processID: processID, rules: rules)
        }
        return try await database.read { sql in
            let highest: Int64? = try await sql.raw("SELECT MAX(id) AS id FROM contacts").first()?.decode(column: "id", as: Int64?.self)
            return ImportStart(list: list, insertedAbove: highest ?? 0)
        }
    }

    /// Deletes the list's contacts the rules' filter selects (all without one) as a bulk delete
    /// does: contacts in progress stay, the others go to the deleted-contacts report.
    private func empty(_ list: ContactList, processID: Int64, rules: ImportRules) async throws {
        let written = try rules.emptyFilter.map { try FilterJSON.read($0, path: "emptyFilter") } ?? .everything
        let filter = try FilterCheck.check(written, fields: list.schema, defaultRegion: list.settings.defaultRegion, now: clock())
        let reason = ContactDeletions.Reason(processID: processID, actor: "import \(processID)", filter: FilterText.format(written))
        let engine = database.engine
        var after: Int64 = 0
        while true {
            let start = after
            let last: Int64? = try await database.write { sql in
                let contacts = try await ContactWalk.next(
                    lists: [list.id], after: start, limit: ContactWrites.rowsPerDocument, filter: filter, engine: engine, on: sql)
                let free = InProgress.partition(contacts).free
                try await ContactDeletions.delete(free, because: reason, at: Millis.from(clock()), on: sql)
                var counts = ProcessCounts()
                counts.deleted = free.count
                counts.skipped = contacts.count - free.count
                try await ProcessCountsSQL.add(counts, progress: nil, to: processID, at: Millis.from(clock()), on: sql)
                return contacts.last?.id
            }
            guard let last else { return }
            after = last
        }
    }

    func apply(
        _ batch: ImportBatch, processID: Int64, start: ImportStart, rules: ImportRules, actor: String,
        beforeCommit: @Sendable (ImportPlan) throws -> Void
    ) async throws -> ImportPlan {
        let now = Millis.from(clock())
        let list = start.list
        return try await database.write { sql in
            let keys = Set(batch.rows.flatMap { ContactKey.all(of: $0.content, list: list) })
            let existing = try await Self.contacts(holding: keys, listID: list.id, on: sql)
            let seen = try await Self.seen(Set(existing.values.map(\.id)), processID: processID, on: sql)
            var elsewhere = ImportPlan.Elsewhere()
            if rules.updateOtherLists || rules.moveFromOtherLists {
                let unmatched = Set(batch.rows.flatMap { ContactKey.values(of: $0.content, key: list.settings.dedupKey) }).subtracting(existing.keys)
                elsewhere = try await Self.elsewhere(holding: unmatched, list: list, on: sql)
            }
            var rows = batch.rows
            var listed: [(line: Int, issue: ImportedRow.RowIssue)] = []
            if rules.blacklist == .reject {
                let screen = try await SQLBlacklistRepository.screen(rows.map(\.content), tenantID: list.tenantID, at: Millis.date(now), on: sql)
                rows.removeAll { row in
                    guard let issue = screen.refusal(of: row.content) else { return false }
                    listed.append((row.line, issue))
                    return true
                }
            }
            var plan = ImportPlan.plan(
                rows, existing: existing, seen: seen, insertedAbove: start.insertedAbove, rules: rules, list: list, elsewhere: elsewhere)
            plan.rejected += listed
            plan.counts.rejected += listed.count
            if rules.blacklist == .block {
                // Numbers are blocked in the contents as merged, whichever rule built them.
                let screen = try await SQLBlacklistRepository.screen(
                    plan.inserts + plan.updates.map(\.content), tenantID: list.tenantID, at: Millis.date(now), on: sql)
                plan.inserts = plan.inserts.map(screen.blocking)
                for index in plan.updates.indices { plan.updates[index].content = screen.blocking(plan.updates[index].content) }
            }
            try await ContactWrites.delete(plan.deletes.map(\.id), on: sql)
            try await ContactWrites.update(
                plan.updates.map { update in
                    let home = update.listID == list.id ? list : elsewhere.lists[update.listID] ?? list
                    return .init(before: update.before, content: update.content, keys: ContactKey.all(of: update.content, list: home), listID: update.listID)
                },
                actor: actor, at: now, on: sql)
            _ = try await ContactWrites.insert(plan.inserts, into: list, actor: actor, kind: .imported, at: now, on: sql)
            if let campaign = start.callbackCampaign {
                plan.callbacks = try await Self.scheduleCallbacks(rows, plan: plan, list: list, campaign: campaign, actor: actor, now: Millis.date(now), on: sql)
            }
            for chunk in plan.matched.chunked(by: ContactWrites.rowsPerStatement) {
                let values = chunk.map { id -> SQLQueryString in "(\(bind: processID), \(bind: id))" }
                try await sql.raw("INSERT INTO process_contacts (process_id, contact_id) VALUES " + values.joined(separator: ", ")).run()
            }
            plan.counts.read = batch.read
            plan.counts.rejected += batch.rejected
            plan.counts.folded = batch.folded
            try await ProcessCountsSQL.add(plan.counts, progress: batch.progress, to: processID, at: now, on: sql)
            try beforeCommit(plan)
            return plan
        }
    }

    func applyUpdateRule(
        processID: Int64, start: ImportStart, rule: ImportRules.UpdateRule, after afterID: Int64, limit: Int, actor: String
    ) async throws -> Int64? {
        let now = Millis.from(clock())
        let list = start.list
        return try await database.write { sql in
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c
                WHERE c.list_id = \(bind: list.id) AND c.id > \(bind: afterID) AND c.id <= \(bind: start.insertedAbove)
                    AND NOT EXISTS (SELECT 1 FROM process_contacts p WHERE p.process_id = \(bind: processID) AND p.contact_id = c.id)
                ORDER BY c.id LIMIT \(bind: limit)
                """).all()
            let contacts = try rows.map(ContactRow.contact)
            var counts = ProcessCounts()
            var updates: [ContactWrites.Update] = []
            var deletes: [Int64] = []
            for contact in contacts {
                switch ImportMerge.update(existing: contact.content, rule: rule) {
                case .unchanged: counts.unchanged += 1
                case .delete: deletes.append(contact.id)
                case .update(let content): updates.append(.init(before: contact, content: content, keys: ContactKey.all(of: content, list: list)))
                }
            }
            counts.updated = updates.count
            counts.deleted = deletes.count
            try await ContactWrites.delete(deletes, on: sql)
            try await ContactWrites.update(updates, actor: actor, at: now, on: sql)
            try await ProcessCountsSQL.add(counts, progress: nil, to: processID, at: now, on: sql)
            return contacts.last?.id
        }
    }

    /// Callbacks of the campaign at the times the rows' `callback_at` cells give, for the
    /// contacts the rows became (found by the list's dedup key), as the rest of the batch lands.
    private static func scheduleCallbacks(
        _ rows: [ImportPlan.Row], plan: ImportPlan, list: ContactList, campaign: (id: Int64, settings: CallbackSettings), actor: String, now: Date,
        on sql: any SQLDatabase
    ) async throws -> ImportPlan.CallbackTally {
        let rejected = Set(plan.rejected.map(\.line))
        let wanted = rows.filter { $0.callbackAt != nil && !rejected.contains($0.line) }
        var tally = ImportPlan.CallbackTally()
        guard !wanted.isEmpty else { return tally }
        let holders = try await contacts(
            holding: Set(wanted.flatMap { ContactKey.values(of: $0.content, key: list.settings.dedupKey) }), listID: list.id, on: sql)
        for row in wanted {
            guard let contact = ContactKey.values(of: row.content, key: list.settings.dedupKey).lazy.compactMap({ holders[$0] }).first else {
                tally.unmatched += 1
                continue
            }
            do {
                try await CallbackRows.schedule(
                    contactID: contact.id, campaignID: campaign.id, tenantID: list.tenantID, dueAt: row.callbackAt!, type: .scheduledByImport, settings: campaign.settings,
                    actor: actor, now: now, on: sql)
                tally.scheduled += 1
            } catch is CallbackLimitReached {
                tally.refused += 1
            }
        }
        return tally
    }

    /// The list's contacts holding any of `keys`, by each key they hold.
    static func contacts(holding keys: Set<ContactKey>, listID: Int64, on sql: any SQLDatabase) async throws -> [ContactKey: Contact] {
        var holders: [ContactKey: Int64] = [:]
        for (kind, group) in Dictionary(grouping: keys, by: \.kind) {
            for chunk in group.chunked(by: ContactWrites.rowsPerStatement) {
                let rows = try await sql.raw("""
                    SELECT contact_id, value FROM contact_keys
                    WHERE list_id = \(bind: listID) AND kind = \(bind: kind) AND value IN (\(SQLList(chunk.map { SQLBind($0.value) })))
                    """).all()
                for row in rows {
                    holders[ContactKey(kind: kind, value: try row.decode(column: "value", as: String.self))] = try row.decode(column: "contact_id", as: Int64.self)
                }
            }
        }
        var contacts: [Int64: Contact] = [:]
        for chunk in Array(Set(holders.values)).chunked(by: ContactWrites.rowsPerStatement) {
            let rows = try await sql.raw("SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c WHERE c.id IN (\(SQLList(chunk.map { SQLBind($0) })))").all()
            for contact in try rows.map(ContactRow.contact) { contacts[contact.id] = contact }
        }
        return holders.compactMapValues { contacts[$0] }
    }

    /// Contacts of the tenant's other lists holding any of `keys`, and those lists.
    private static func elsewhere(holding keys: Set<ContactKey>, list: ContactList, on sql: any SQLDatabase) async throws -> ImportPlan.Elsewhere {
        var holders: [ContactKey: Int64] = [:]
        for (kind, group) in Dictionary(grouping: keys, by: \.kind) {
            for chunk in group.chunked(by: ContactWrites.rowsPerStatement) {
                let rows = try await sql.raw("""
                    SELECT k.contact_id, k.value FROM contact_keys k JOIN lists l ON l.id = k.list_id
                    WHERE l.tenant_id = \(bind: list.tenantID) AND k.list_id <> \(bind: list.id) AND k.kind = \(bind: kind)
                        AND k.value IN (\(SQLList(chunk.map { SQLBind($0.value) })))
                    ORDER BY k.list_id
                    """).all()
                for row in rows {
                    let key = ContactKey(kind: kind, value: try row.decode(column: "value", as: String.self))
                    if holders[key] == nil { holders[key] = try row.decode(column: "contact_id", as: Int64.self) }
                }
            }
        }
        var found = ImportPlan.Elsewhere()
        let keysByContact = Dictionary(grouping: holders.keys, by: { holders[$0]! })
        for chunk in Array(keysByContact.keys).chunked(by: ContactWrites.rowsPerStatement) {
            let rows = try await sql.raw("SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c WHERE c.id IN (\(SQLList(chunk.map { SQLBind($0) })))").all()
            for contact in try rows.map(ContactRow.contact) {
                for key in keysByContact[contact.id] ?? [] { found.contacts[key] = contact }
                if found.lists[contact.listID] == nil {
                    found.lists[contact.listID] = try await SQLListRepository.find(sql, id: contact.listID, tenantID: list.tenantID)
                }
            }
        }
        return found
    }

    /// Which of `ids` earlier batches of the process matched.
    private static func seen(_ ids: Set<Int64>, processID: Int64, on sql: any SQLDatabase) async throws -> Set<Int64> {
        var seen: Set<Int64> = []
        for chunk in Array(ids).chunked(by: ContactWrites.rowsPerStatement) {
            let rows = try await sql.raw("""
                SELECT contact_id FROM process_contacts
                WHERE process_id = \(bind: processID) AND contact_id IN (\(SQLList(chunk.map { SQLBind($0) })))
                """).all()
            for row in rows { seen.insert(try row.decode(column: "contact_id", as: Int64.self)) }
        }
        return seen
    }
}
