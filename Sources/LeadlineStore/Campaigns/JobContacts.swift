import Foundation
import LeadlineCore
import SQLKit

/// The statements over a job's contacts and counters that several repositories share.
enum JobContacts {
    /// Adds deltas to the job's counters, list by list, in the caller's transaction.
    static func add(_ deltas: [Int64: [String: Int]], jobID: Int64, on sql: any SQLDatabase) async throws {
        let rows = deltas.sorted { $0.key < $1.key }.flatMap { list, delta in
            delta.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { [JSONValue.integer(list), .string($0.key), .integer(Int64($0.value))] }
        }
        guard !rows.isEmpty else { return }
        let bulk = BulkRows(sql)
        for chunk in rows.chunked(by: ContactWrites.rowsPerDocument) {
            // `WHERE true` keeps SQLite from reading ON CONFLICT as a join's ON.
            try await sql.raw("""
                INSERT INTO job_counters (job_id, list_id, name, value)
                SELECT \(bind: jobID), \(bulk.bigint(0)), \(bulk.text(1)), \(bulk.bigint(2)) FROM \(bulk.source(JSONDocument.rows(Array(chunk)))) WHERE true
                ON CONFLICT (job_id, list_id, name) DO UPDATE SET value = job_counters.value + excluded.value
                """).run()
        }
    }

    static func counters(jobID: Int64, on sql: any SQLDatabase) async throws -> JobCounters {
        var counters = JobCounters()
        for row in try await sql.raw("SELECT list_id, name, value FROM job_counters WHERE job_id = \(bind: jobID)").all() {
            let value = try row.decode(column: "value", as: Int.self)
            guard value != 0 else { continue }
            counters.perList[try row.decode(column: "list_id", as: Int64.self), default: [:]][try row.decode(column: "name", as: String.self)] = value
        }
        return counters
    }

    /// The counters counted from the job's contacts and attempts, as they should stand.
    static func recount(jobID: Int64, on sql: any SQLDatabase) async throws -> JobCounters {
        var counters = JobCounters()
        for row in try await sql.raw("""
            SELECT list_id, state, filter_reason, wait_reason, attempted, latest_code, COUNT(*) AS n FROM job_contacts WHERE job_id = \(bind: jobID)
            GROUP BY list_id, state, filter_reason, wait_reason, attempted, latest_code
            """).all() {
            let facts = try self.facts(row)
            let count = try row.decode(column: "n", as: Int.self)
            counters.add(facts.contribution.mapValues { $0 * count }, list: try row.decode(column: "list_id", as: Int64.self))
        }
        for row in try await sql.raw("""
            SELECT list_id, COUNT(*) AS n FROM attempts WHERE job_id = \(bind: jobID) AND state = 'ended'
                AND list_id IN (SELECT list_id FROM job_contacts WHERE job_id = \(bind: jobID)) GROUP BY list_id
            """).all() {
            counters.add([JobCounters.attempts: try row.decode(column: "n", as: Int.self)], list: try row.decode(column: "list_id", as: Int64.self))
        }
        return counters.nonZero
    }

    static func facts(_ row: any SQLRow) throws -> JobContactFacts {
        JobContactFacts(
            state: JobContactState(rawValue: try row.decode(column: "state", as: String.self)) ?? .ready,
            filterReason: try row.decode(column: "filter_reason", as: String?.self).flatMap(FilterReason.init(rawValue:)),
            waitReason: try row.decode(column: "wait_reason", as: String?.self).flatMap(WaitReason.init(rawValue:)),
            attempted: try row.decode(column: "attempted", as: Bool.self),
            latestCode: try row.decode(column: "latest_code", as: String?.self))
    }

    /// Takes contacts being deleted out of the active jobs that have not attempted them, their
    /// counters lowered; a contact a job attempted stays counted there.
    static func forget(_ contactIDs: [Int64], on sql: any SQLDatabase) async throws {
        for chunk in contactIDs.chunked(by: ContactWrites.rowsPerStatement) {
            let rows = try await sql.raw("""
                DELETE FROM job_contacts WHERE contact_id IN (\(binds: Array(chunk))) AND attempted = \(bind: false)
                    AND job_id IN (SELECT id FROM jobs WHERE state IN ('scheduled', 'running', 'stopping'))
                RETURNING job_id, list_id, state, filter_reason, wait_reason, attempted, latest_code
                """).all()
            var deltas: [Int64: [Int64: [String: Int]]] = [:]
            for row in rows {
                let job = try row.decode(column: "job_id", as: Int64.self)
                let list = try row.decode(column: "list_id", as: Int64.self)
                for (name, value) in JobContactFacts.delta(from: try facts(row), to: nil) { deltas[job, default: [:]][list, default: [:]][name, default: 0] += value }
            }
            for (job, lists) in deltas { try await add(lists, jobID: job, on: sql) }
        }
    }

    /// Ends the list's contacts' state in every active job, as when its contacts are all deleted.
    static func end(list: Int64, at now: Int64, on sql: any SQLDatabase) async throws {
        for row in try await sql.raw("""
            SELECT DISTINCT j.id FROM jobs j JOIN job_contacts c ON c.job_id = j.id
            WHERE c.list_id = \(bind: list) AND j.state IN ('scheduled', 'running', 'stopping')
            """).all() {
            _ = try await end(lists: [list], jobID: try row.decode(column: "id", as: Int64.self), at: now, on: sql)
        }
    }

    /// Ends the state of the lists' contacts in a job: leases released, retries and callbacks
    /// cleared on the contacts, the rows and the lists' counters gone.
    static func end(lists: [Int64], jobID: Int64, at now: Int64, on sql: any SQLDatabase) async throws -> UnassignReport {
        var report = UnassignReport()
        for row in try await sql.raw("""
            SELECT state, COUNT(*) AS n FROM job_contacts WHERE job_id = \(bind: jobID) AND list_id IN (\(binds: lists)) GROUP BY state
            """).all() {
            let count = try row.decode(column: "n", as: Int.self)
            report.contacts += count
            switch try row.decode(column: "state", as: String.self) {
            case JobContactState.leased.rawValue: report.leasesReleased += count
            case JobContactState.retry.rawValue: report.retriesCleared += count
            case JobContactState.callback.rawValue: report.callbacksCleared += count
            default: break
            }
        }
        try await sql.raw("""
            UPDATE attempts SET state = 'released', ended_at = \(bind: now)
            WHERE job_id = \(bind: jobID) AND state = 'leased' AND list_id IN (\(binds: lists))
            """).run()
        try await sql.raw("""
            UPDATE contacts SET status = 'remaining', retry_at = NULL, version = version + 1, updated_at = \(bind: now)
            WHERE id IN (SELECT contact_id FROM job_contacts WHERE job_id = \(bind: jobID) AND list_id IN (\(binds: lists))
                AND state IN ('leased', 'retry', 'callback'))
            """).run()
        try await sql.raw("DELETE FROM job_contacts WHERE job_id = \(bind: jobID) AND list_id IN (\(binds: lists))").run()
        try await sql.raw("DELETE FROM job_counters WHERE job_id = \(bind: jobID) AND list_id IN (\(binds: lists))").run()
        return report
    }
}
