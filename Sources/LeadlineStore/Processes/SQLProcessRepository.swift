import Foundation
import LeadlineCore
import SQLKit

struct SQLProcessRepository: ProcessRepository {
    let database: Database
    let clock: @Sendable () -> Date

    static let columns = """
        id, tenant_id, list_id, kind, state, actor, scheduled_at, started_at, ended_at, progress, counts, file_name,
        result_path, settings, details, cancel_requested, created_at
        """

    func create(_ new: NewProcess) async throws -> ListProcess {
        let now = Millis.from(clock())
        return try await database.write { sql in
            try await SQLListRepository.require(
                sql, id: new.listID, tenantID: new.tenantID, writing: new.settings.kind.writesContacts)
            let row = try await sql.raw("""
                INSERT INTO processes (tenant_id, list_id, kind, state, actor, scheduled_at, progress, counts, file_name, input_path,
                    settings, details, cancel_requested, created_at)
                VALUES (\(bind: new.tenantID), \(bind: new.listID), \(bind: new.settings.kind.rawValue), \(bind: ProcessState.pending.rawValue),
                    \(bind: new.actor), \(bind: Millis.from(new.scheduledAt)), 0, \(bind: try JSONText.encode(ProcessCounts())),
                    \(bind: new.fileName), \(bind: new.inputPath), \(bind: try JSONText.encode(new.settings)), '', \(bind: false), \(bind: now))
                RETURNING \(unsafeRaw: Self.columns)
                """).first()!
            return try Self.process(row)
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> ListProcess? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM processes WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)")
                .first().map(Self.process)
        }
    }

    func list(tenantID: Int64, listID: Int64?, page: PageRequest) async throws -> Page<ListProcess> {
        try await database.read { sql in
            let listCondition: SQLQueryString = listID.map { " AND list_id = \(bind: $0)" } ?? ""
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM processes
                WHERE tenant_id = \(bind: tenantID) AND id < \(bind: page.after?.lastID ?? Int64.max)
                """ + listCondition + " ORDER BY id DESC LIMIT \(bind: page.limit + 1)").all()
            let items = try rows.prefix(page.limit).map(Self.process)
            return Page(items: items, nextCursor: rows.count > page.limit ? items.last.map { Cursor(lastID: $0.id) } : nil)
        }
    }

    func cancel(id: Int64, tenantID: Int64) async throws -> ListProcess {
        let now = Millis.from(clock())
        return try await database.write { sql in
            guard let process = try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM processes WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)")
                .first().map(Self.process)
            else { throw DomainError.notFound("process \(id) does not exist") }
            switch process.state {
            case .pending:
                try await sql.raw("""
                    UPDATE processes SET state = \(bind: ProcessState.cancelled.rawValue), ended_at = \(bind: now),
                        details = 'cancelled before it started; nothing was changed'
                    WHERE id = \(bind: id)
                    """).run()
            case .running:
                try await sql.raw("UPDATE processes SET cancel_requested = \(bind: true) WHERE id = \(bind: id)").run()
            case .finished, .failed, .cancelled:
                throw DomainError.conflict(field: nil, reason: "process \(id) is \(process.state.rawValue); only pending and running processes can be cancelled")
            }
            return try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM processes WHERE id = \(bind: id)").first().map(Self.process)!
        }
    }

    func claimDue(at now: Date, perTenant: Int) async throws -> ClaimedProcess? {
        let millis = Millis.from(now)
        let engine = database.engine
        return try await database.write { sql in
            // One claim at a time across servers, so the per-tenant bound holds between them too.
            if engine == .postgres { try await sql.raw("SELECT pg_advisory_xact_lock(7245002)").run() }
            let runningOfTenant: SQLQueryString = """
                (SELECT COUNT(*) FROM processes r WHERE r.tenant_id = p.tenant_id AND r.state = \(bind: ProcessState.running.rawValue))
                """
            guard let candidate = try await sql.raw("""
                SELECT p.id FROM processes p
                WHERE p.state = \(bind: ProcessState.pending.rawValue) AND p.scheduled_at <= \(bind: millis) AND
                """ + runningOfTenant + " < \(bind: perTenant) ORDER BY " + runningOfTenant + ", p.scheduled_at, p.id LIMIT 1").first()
            else { return nil }
            return try await Self.claim(id: try candidate.decode(column: "id", as: Int64.self), at: millis, on: sql)
        }
    }

    func queue(at now: Date) async throws -> ProcessQueue {
        try await database.read { sql in
            let row = try await sql.raw("""
                SELECT
                    (SELECT COUNT(*) FROM processes WHERE state = \(bind: ProcessState.pending.rawValue) AND scheduled_at <= \(bind: Millis.from(now))) AS pending,
                    (SELECT COUNT(*) FROM processes WHERE state = \(bind: ProcessState.running.rawValue)) AS running,
                    (SELECT MIN(scheduled_at) FROM processes
                     WHERE state = \(bind: ProcessState.pending.rawValue) AND scheduled_at <= \(bind: Millis.from(now))) AS oldest
                """).first()!
            let oldest = try row.decode(column: "oldest", as: Int64?.self).map(Millis.date)
            return ProcessQueue(
                pending: try row.decode(column: "pending", as: Int.self), running: try row.decode(column: "running", as: Int.self),
                oldestWait: oldest.map { max(0, now.timeIntervalSince($0)) })
        }
    }

    func queuePlace(of process: ListProcess) async throws -> Int? {
        guard process.state == .pending else { return nil }
        let scheduled = Millis.from(process.scheduledAt)
        return try await database.read { sql in
            let row = try await sql.raw("""
                SELECT COUNT(*) AS ahead FROM processes
                WHERE tenant_id = \(bind: process.tenantID) AND state = \(bind: ProcessState.pending.rawValue)
                    AND (scheduled_at < \(bind: scheduled) OR (scheduled_at = \(bind: scheduled) AND id < \(bind: process.id)))
                """).first()!
            return try row.decode(column: "ahead", as: Int.self) + 1
        }
    }

    func releaseInputs() async throws -> [String] {
        try await database.write { sql in
            let rows = try await sql.raw("""
                SELECT id, input_path FROM processes
                WHERE input_path IS NOT NULL AND state IN (\(binds: [ProcessState.finished, .failed, .cancelled].map(\.rawValue)))
                """).all()
            let ids = try rows.map { try $0.decode(column: "id", as: Int64.self) }
            if !ids.isEmpty { try await sql.raw("UPDATE processes SET input_path = NULL WHERE id IN (\(binds: ids))").run() }
            return try rows.map { try $0.decode(column: "input_path", as: String.self) }
        }
    }

    func expireResults(endedBefore cutoff: Date) async throws -> [String] {
        try await database.write { sql in
            let rows = try await sql.raw("""
                SELECT id, result_path FROM processes WHERE result_path IS NOT NULL AND ended_at IS NOT NULL
                    AND ended_at < \(bind: Millis.from(cutoff))
                """).all()
            let ids = try rows.map { try $0.decode(column: "id", as: Int64.self) }
            if !ids.isEmpty { try await sql.raw("UPDATE processes SET result_path = NULL WHERE id IN (\(binds: ids))").run() }
            return try rows.map { try $0.decode(column: "result_path", as: String.self) }
        }
    }

    func claim(id: Int64, at now: Date) async throws -> ClaimedProcess? {
        try await database.write { sql in try await Self.claim(id: id, at: Millis.from(now), on: sql) }
    }

    /// Guarded by the state, so two servers sharing one PostgreSQL never both take a process.
    private static func claim(id: Int64, at millis: Int64, on sql: any SQLDatabase) async throws -> ClaimedProcess? {
        guard let row = try await sql.raw("""
            UPDATE processes SET state = \(bind: ProcessState.running.rawValue), started_at = \(bind: millis), heartbeat_at = \(bind: millis)
            WHERE id = \(bind: id) AND state = \(bind: ProcessState.pending.rawValue)
            RETURNING \(unsafeRaw: columns), input_path
            """).first()
        else { return nil }
        return ClaimedProcess(process: try process(row), inputPath: try row.decode(column: "input_path", as: String?.self))
    }

    func checkIn(id: Int64, at now: Date) async throws -> Bool {
        try await database.write { sql in
            try await sql.raw("UPDATE processes SET heartbeat_at = \(bind: Millis.from(now)) WHERE id = \(bind: id) RETURNING cancel_requested")
                .first()?.decode(column: "cancel_requested", as: Bool.self) ?? true
        }
    }

    func finish(id: Int64, state: ProcessState, details: String, counts: ProcessCounts?, resultPath: String?) async throws {
        let now = Millis.from(clock())
        try await database.write { sql in
            let countsSet: SQLQueryString = try counts.map { ", counts = \(bind: try JSONText.encode($0))" } ?? ""
            try await sql.raw("""
                UPDATE processes SET state = \(bind: state.rawValue), ended_at = \(bind: now), details = \(bind: details),
                    result_path = \(bind: resultPath)
                """ + countsSet + (state == .finished ? ", progress = 100" : "") + " WHERE id = \(bind: id)").run()
            try await sql.raw("DELETE FROM process_contacts WHERE process_id = \(bind: id)").run()
        }
    }

    func attachResult(id: Int64, path: String) async throws {
        try await database.write { sql in
            try await sql.raw("UPDATE processes SET result_path = \(bind: path) WHERE id = \(bind: id) AND result_path IS NULL").run()
        }
    }

    func failAbandoned(at now: Date, silence: Duration) async throws -> [Int64] {
        let lastSign = Millis.from(now) - Int64(silence.seconds * 1000)
        return try await database.write { sql in
            let rows = try await sql.raw("""
                UPDATE processes SET state = \(bind: ProcessState.failed.rawValue), ended_at = \(bind: Millis.from(now)),
                    details = 'the server stopped while this process ran; the counts are what was committed, and the list is consistent'
                WHERE state = \(bind: ProcessState.running.rawValue) AND (heartbeat_at IS NULL OR heartbeat_at <= \(bind: lastSign))
                RETURNING id
                """).all()
            let ids = try rows.map { try $0.decode(column: "id", as: Int64.self) }
            for id in ids {
                try await sql.raw("DELETE FROM process_contacts WHERE process_id = \(bind: id)").run()
            }
            return ids
        }
    }

    func resultPath(id: Int64, tenantID: Int64) async throws -> String? {
        try await database.read { sql in
            try await sql.raw("SELECT result_path FROM processes WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)").first()?
                .decode(column: "result_path", as: String?.self)
        }
    }

    static func process(_ row: any SQLRow) throws -> ListProcess {
        ListProcess(
            id: try row.decode(column: "id", as: Int64.self),
            tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            listID: try row.decode(column: "list_id", as: Int64.self),
            kind: ProcessKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .import,
            state: ProcessState(rawValue: try row.decode(column: "state", as: String.self)) ?? .failed,
            actor: try row.decode(column: "actor", as: String.self),
            scheduledAt: Millis.date(try row.decode(column: "scheduled_at", as: Int64.self)),
            startedAt: try row.decode(column: "started_at", as: Int64?.self).map(Millis.date),
            endedAt: try row.decode(column: "ended_at", as: Int64?.self).map(Millis.date),
            progress: try row.decode(column: "progress", as: Int.self),
            counts: try JSONText.decode(ProcessCounts.self, try row.decode(column: "counts", as: String.self)),
            fileName: try row.decode(column: "file_name", as: String?.self),
            settings: try JSONText.decode(ProcessSettings.self, try row.decode(column: "settings", as: String.self)),
            details: try row.decode(column: "details", as: String.self),
            hasResultFile: try row.decode(column: "result_path", as: String?.self) != nil,
            cancelRequested: try row.decode(column: "cancel_requested", as: Bool.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)))
    }
}
