import Foundation
import LeadlineCore
import SQLKit

struct SQLJobRepository: JobRepository {
    let database: Database
    let clock: @Sendable () -> Date

    static let columns = "id, tenant_id, campaign_id, state, scheduled_at, started_at, ended_at, started_by, end_reason, stop_requested"

    func create(campaignID: Int64, tenantID: Int64, scheduledAt: Date, startedBy: String) async throws -> Job {
        do {
            return try await database.write { sql in
                let row = try await sql.raw("""
                    INSERT INTO jobs (tenant_id, campaign_id, state, scheduled_at, started_by)
                    VALUES (\(bind: tenantID), \(bind: campaignID), 'scheduled', \(bind: Millis.from(scheduledAt)), \(bind: startedBy))
                    RETURNING \(unsafeRaw: Self.columns)
                    """).first()!
                return try Self.job(row, counters: JobCounters())
            }
        } catch where StoreError.isUniqueViolation(error) {
            let active = try await database.read { sql in try await SQLCampaignRepository.activeJob(campaignID: campaignID, on: sql) }
            throw DomainError.conflict(field: nil, reason: "job \(active.map(String.init) ?? "?") of campaign \(campaignID) is active; stop it first")
        }
    }

    func active(campaignID: Int64, tenantID: Int64) async throws -> Job? {
        try await database.read { sql in
            guard let id = try await SQLCampaignRepository.activeJob(campaignID: campaignID, on: sql) else { return nil }
            return try await Self.find(id: id, tenantID: tenantID, on: sql)
        }
    }

    func activeJobState(campaignID: Int64, tenantID: Int64) async throws -> (jobID: Int64, state: JobState)?? {
        try await database.read { sql in
            guard let row = try await sql.raw("""
                SELECT j.id, j.state FROM campaigns c
                LEFT JOIN jobs j ON j.campaign_id = c.id AND j.state IN ('scheduled', 'running', 'stopping')
                WHERE c.id = \(bind: campaignID) AND c.tenant_id = \(bind: tenantID)
                """).first() else { return nil }
            guard let id = try row.decode(column: "id", as: Int64?.self), let state = JobState(rawValue: try row.decode(column: "state", as: String.self)) else {
                return .some(nil)
            }
            return (id, state)
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> Job? {
        try await database.read { sql in try await Self.find(id: id, tenantID: tenantID, on: sql) }
    }

    static func find(id: Int64, tenantID: Int64, on sql: any SQLDatabase) async throws -> Job? {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: columns) FROM jobs WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)").first() else {
            return nil
        }
        return try job(row, counters: try await JobContacts.counters(jobID: id, on: sql))
    }

    func list(tenantID: Int64, campaignID: Int64?, page: PageRequest) async throws -> Page<Job> {
        try await database.read { sql in
            var conditions: [SQLQueryString] = ["tenant_id = \(bind: tenantID)", "id > \(bind: page.after?.lastID ?? 0)"]
            if let campaignID { conditions.append("campaign_id = \(bind: campaignID)") }
            let rows = try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM jobs WHERE " + conditions.joined(separator: " AND ")
                + " ORDER BY id LIMIT \(bind: page.limit + 1)").all()
            var items: [Job] = []
            for row in rows.prefix(page.limit) {
                items.append(try Self.job(row, counters: try await JobContacts.counters(jobID: try row.decode(column: "id", as: Int64.self), on: sql)))
            }
            return Page(items: items, nextCursor: rows.count > page.limit ? items.last.map { Cursor(lastID: $0.id) } : nil)
        }
    }

    func all(in states: [JobState]) async throws -> [Job] {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM jobs WHERE state IN (\(binds: states.map(\.rawValue))) ORDER BY id").all()
                .map { try Self.job($0, counters: JobCounters()) }
        }
    }

    func plan(jobID: Int64) async throws -> JobPlan? {
        try await database.read { sql in try await Self.plan(jobID: jobID, on: sql) }
    }

    static func plan(jobID: Int64, on sql: any SQLDatabase) async throws -> JobPlan? {
        try await sql.raw("SELECT plan FROM jobs WHERE id = \(bind: jobID)").first()
            .flatMap { try $0.decode(column: "plan", as: String?.self) }.map { try JSONText.decode(JobPlan.self, $0) }
    }

    func counters(jobID: Int64) async throws -> JobCounters {
        try await database.read { sql in try await JobContacts.counters(jobID: jobID, on: sql) }
    }

    func recount(jobID: Int64) async throws -> JobCounters {
        try await database.read { sql in try await JobContacts.recount(jobID: jobID, on: sql) }
    }

    func start(jobID: Int64, plan: JobPlan, selections: [JobSelection]) async throws -> Job {
        let now = Millis.from(clock())
        let document = try JSONText.encode(plan)
        return try await database.write { sql in
            let started = try await sql.raw("""
                UPDATE jobs SET state = 'running', started_at = \(bind: now), plan = \(bind: document)
                WHERE id = \(bind: jobID) AND state = 'scheduled' RETURNING tenant_id
                """).first()
            guard let started else { throw DomainError.conflict(field: nil, reason: "job \(jobID) is not scheduled; it cannot start") }
            try await Self.select(selections, jobID: jobID, onlyNew: false, on: sql)
            return try await Self.find(id: jobID, tenantID: try started.decode(column: "tenant_id", as: Int64.self), on: sql)!
        }
    }

    func reselect(jobID: Int64, selections: [JobSelection], onlyNew: Bool, dropUnselected: Bool) async throws -> (joined: Int, left: Int) {
        try await database.write { sql in
            var left = 0
            if dropUnselected {
                for selection in selections {
                    // Only contacts the job has not worked leave: nothing of an attempt is lost.
                    let engine: Engine = sql.dialect.name == "postgresql" ? .postgres : .sqlite
                    let gone = try await sql.raw("""
                        DELETE FROM job_contacts WHERE job_id = \(bind: jobID) AND list_id = \(bind: selection.listID) AND state = 'ready'
                            AND attempted = \(bind: false) AND contact_id NOT IN (
                        """ + "SELECT c.id FROM contacts c WHERE c.list_id = \(bind: selection.listID) AND " + Self.passing(selection, engine: engine)
                        + ") RETURNING state, filter_reason, wait_reason, attempted, latest_code").all()
                    var removed: [String: Int] = [:]
                    for row in gone {
                        for (name, value) in JobContactFacts.delta(from: try JobContacts.facts(row), to: nil) { removed[name, default: 0] += value }
                    }
                    try await JobContacts.add([selection.listID: removed], jobID: jobID, on: sql)
                    left += gone.count
                }
            }
            let joined = try await Self.select(selections, jobID: jobID, onlyNew: onlyNew, on: sql)
            return (joined, left)
        }
    }

    /// Adds the contacts of each list the job does not hold yet, in the campaign's order after
    /// those it holds, with what they count added to the lists' counters. How many joined.
    @discardableResult
    static func select(_ selections: [JobSelection], jobID: Int64, onlyNew: Bool, on sql: any SQLDatabase) async throws -> Int {
        let engine: Engine = sql.dialect.name == "postgresql" ? .postgres : .sqlite
        let marks = try await sql.raw("SELECT selected_through, next_sort_key FROM jobs WHERE id = \(bind: jobID)").first()!
        let after = onlyNew ? try marks.decode(column: "selected_through", as: Int64.self) : 0
        var sortBase = try marks.decode(column: "next_sort_key", as: Int64.self)
        var joined = 0
        for selection in selections {
            let filters = FilterSQL(engine: engine)
            let order: SQLQueryString
            if let subject = selection.orderBy {
                let value = filters.values(of: subject).value
                order = "(" + value + " IS NULL), " + value + (selection.descending ? " DESC" : " ASC") + ", c.id"
            } else {
                order = "c.priority DESC, c.id"
            }
            let blocked = filters.condition(.condition(.phoneState, .oneOf([.text(PhoneState.blocked.rawValue)])))
            let reason: SQLQueryString = "CASE WHEN NOT COALESCE(" + filters.condition(selection.filter) + ", FALSE) THEN 'filter'"
                + " WHEN c.status IN ('closed', 'inactive', 'postponed') THEN 'status'"
                + " WHEN c.attempts_left IS NOT NULL AND c.attempts_left <= 0 THEN 'attempts_used_up'"
                + " WHEN NOT " + filters.condition(reachable(selection.channel))
                + " THEN CASE WHEN " + blocked + " THEN 'blacklisted' ELSE 'no_number' END ELSE NULL END"
            let selected: SQLQueryString = "SELECT c.id, c.list_id, " + reason + " AS reason, ROW_NUMBER() OVER (ORDER BY " + order + ") AS rn"
                + " FROM contacts c WHERE c.list_id = \(bind: selection.listID) AND c.id > \(bind: after)"
                + " AND NOT EXISTS (SELECT 1 FROM job_contacts j WHERE j.job_id = \(bind: jobID) AND j.contact_id = c.id)"
            try await sql.raw("""
                INSERT INTO job_contacts (job_id, contact_id, list_id, state, filter_reason, attempted, sort_key)
                SELECT \(bind: jobID), s.id, s.list_id, CASE WHEN s.reason IS NULL THEN 'ready' ELSE 'filtered' END, s.reason,
                    \(bind: false), \(bind: sortBase) + s.rn FROM (
                """ + selected + ") s").run()
            let before = sortBase
            try await placeCallbacks(jobID: jobID, listID: selection.listID, after: before, on: sql)
            // The new rows' counters, counted as the rows themselves count.
            var added = JobCounters()
            for row in try await sql.raw("""
                SELECT state, filter_reason, wait_reason, attempted, latest_code, COUNT(*) AS n FROM job_contacts
                WHERE job_id = \(bind: jobID) AND list_id = \(bind: selection.listID) AND sort_key > \(bind: before)
                GROUP BY state, filter_reason, wait_reason, attempted, latest_code
                """).all() {
                let count = try row.decode(column: "n", as: Int.self)
                added.add(try JobContacts.facts(row).contribution.mapValues { $0 * count }, list: selection.listID)
                joined += count
                // Sort keys are the base plus 1 to the number of rows added.
                sortBase += Int64(count)
            }
            try await JobContacts.add(added.perList, jobID: jobID, on: sql)
        }
        let lists = Set(selections.map(\.listID))
        let newest = try await sql.raw("""
            SELECT MAX(id) AS newest FROM contacts WHERE list_id IN (\(binds: Array(lists)))
            """).first()?.decode(column: "newest", as: Int64?.self) ?? 0
        try await sql.raw("""
            UPDATE jobs SET next_sort_key = \(bind: sortBase), selected_through = \(bind: max(newest, after)) WHERE id = \(bind: jobID)
            """).run()
        return joined
    }

    /// New contacts of the job with an open callback of its campaign wait for it in `callback`.
    private static func placeCallbacks(jobID: Int64, listID: Int64, after sortKey: Int64, on sql: any SQLDatabase) async throws {
        let row = try await sql.raw("""
            SELECT c.id, c.callback_settings FROM jobs j JOIN campaigns c ON c.id = j.campaign_id WHERE j.id = \(bind: jobID)
            """).first()!
        let campaign = try row.decode(column: "id", as: Int64.self)
        let dueBefore = Int64(try SQLCampaignRepository.callbackSettings(row).dueBeforeMinutes) * 60_000
        try await sql.raw("""
            UPDATE job_contacts SET state = 'callback', due_at = (
                SELECT cb.due_at - \(bind: dueBefore) FROM callbacks cb WHERE cb.campaign_id = \(bind: campaign)
                    AND cb.contact_id = job_contacts.contact_id AND cb.state IN (\(binds: CallbackRows.openStates)))
            WHERE job_id = \(bind: jobID) AND list_id = \(bind: listID) AND sort_key > \(bind: sortKey) AND state = 'ready'
                AND contact_id IN (SELECT contact_id FROM callbacks WHERE campaign_id = \(bind: campaign) AND state IN (\(binds: CallbackRows.openStates)))
            """).run()
    }

    /// A condition true for the contacts the selection would work.
    static func passing(_ selection: JobSelection, engine: Engine) -> SQLQueryString {
        let filters = FilterSQL(engine: engine)
        return "COALESCE(" + filters.condition(selection.filter) + ", FALSE) AND c.status NOT IN ('closed', 'inactive', 'postponed') AND "
            + filters.condition(reachable(selection.channel))
    }

    /// Has a number or an address the channel can use.
    static func reachable(_ channel: Channel) -> CheckedFilter {
        channel.dialsNumbers ? .condition(.phoneState, .oneOf([.text(PhoneState.active.rawValue)])) : .condition(.email, .isEmpty(false))
    }

    func dispatch<T: Sendable>(jobID: Int64, tenantID: Int64, _ body: @Sendable (DispatchSession) async throws -> T) async throws -> T {
        let now = clock()
        return try await database.write { sql in
            let session = DispatchSession(sql: sql, jobID: jobID, tenantID: tenantID, now: now)
            let result = try await body(session)
            try await session.flush()
            return result
        }
    }

    func job(ofAttempt attemptID: Int64, tenantID: Int64) async throws -> Int64? {
        try await database.read { sql in
            try await sql.raw("SELECT job_id FROM attempts WHERE id = \(bind: attemptID) AND tenant_id = \(bind: tenantID)").first()
                .map { try $0.decode(column: "job_id", as: Int64.self) }
        }
    }

    func attempt(id: Int64, tenantID: Int64) async throws -> Attempt? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: DispatchSession.attemptColumns) FROM attempts WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)")
                .first().map(DispatchSession.attempt)
        }
    }

    func awaitingReports() async throws -> Int {
        try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS waiting FROM attempts WHERE state = 'leased' AND handed_at IS NOT NULL").first()?
                .decode(column: "waiting", as: Int.self) ?? 0
        }
    }

    func latestAttempt(to address: String, gatewayID: Int64, tenantID: Int64) async throws -> Attempt? {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: DispatchSession.attemptColumns) FROM attempts
                WHERE tenant_id = \(bind: tenantID) AND address = \(bind: address) AND \(Self.handed(by: gatewayID))
                ORDER BY leased_at DESC, id DESC LIMIT 1
                """).first().map(DispatchSession.attempt)
        }
    }

    func handedAttempt(id: Int64, gatewayID: Int64, tenantID: Int64) async throws -> Attempt? {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: DispatchSession.attemptColumns) FROM attempts
                WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID) AND \(Self.handed(by: gatewayID))
                """).first().map(DispatchSession.attempt)
        }
    }

    /// Attempts handed to a gateway by one of the campaigns that send through it.
    private static func handed(by gatewayID: Int64) -> SQLQueryString {
        "handed_at IS NOT NULL AND campaign_id IN (SELECT id FROM campaigns WHERE gateway_id = \(bind: gatewayID))"
    }

    func recentAttempts(of contacts: [Contact], tenantID: Int64, since: Date) async throws -> [Int64: AttemptGate.RecentAttempts] {
        try await database.read { sql in try await RecentAttemptsQuery.recent(of: contacts, tenantID: tenantID, since: since, on: sql) }
    }

    func openContacts(jobID: Int64, after afterID: Int64, limit: Int) async throws -> [DispatchSession.Candidate] {
        try await database.read { sql in
            try await sql.raw(DispatchSession.candidates + """
                 WHERE j.job_id = \(bind: jobID) AND j.contact_id > \(bind: afterID) AND j.state IN ('ready', 'retry', 'callback')
                ORDER BY j.contact_id LIMIT \(bind: limit)
                """).all().map(DispatchSession.candidate)
        }
    }

    func attempts(jobID: Int64, after afterID: Int64, limit: Int) async throws -> [Attempt] {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: DispatchSession.attemptColumns) FROM attempts WHERE job_id = \(bind: jobID) AND id > \(bind: afterID)
                ORDER BY id LIMIT \(bind: limit)
                """).all().map(DispatchSession.attempt)
        }
    }

    static func job(_ row: any SQLRow, counters: JobCounters) throws -> Job {
        Job(
            id: try row.decode(column: "id", as: Int64.self), tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            campaignID: try row.decode(column: "campaign_id", as: Int64.self),
            state: JobState(rawValue: try row.decode(column: "state", as: String.self)) ?? .stopped,
            scheduledAt: Millis.date(try row.decode(column: "scheduled_at", as: Int64.self)),
            startedAt: try row.decode(column: "started_at", as: Int64?.self).map(Millis.date),
            endedAt: try row.decode(column: "ended_at", as: Int64?.self).map(Millis.date),
            startedBy: try row.decode(column: "started_by", as: String.self), endReason: try row.decode(column: "end_reason", as: String?.self),
            stopRequested: try row.decode(column: "stop_requested", as: Bool.self), counters: counters)
    }
}
