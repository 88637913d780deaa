import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineStore
import Logging

/// A campaign's attempted contacts with their results (seed 002's campaign export): one row per
/// attempt of its latest job, written to CSV by a process, formulas neutralized.
public enum CampaignExport {
    static let header = [
        "attempt_id", "job_id", "contact_id", "external_id", "first_name", "last_name", "list_id", "slot", "address", "agent", "state",
        "completion_code", "leased_at", "ended_at", "callback_at", "notes", "zones", "window", "rules", "blacklist_checked_at", "caps",
    ]

    /// The export of the campaign's latest job, pending.
    public static func start(campaignID: Int64, tenantID: Int64, actor: String, store: Store, now: Date) async throws -> ListProcess {
        guard let campaign = try await store.campaigns.find(id: campaignID, tenantID: tenantID) else {
            throw DomainError.notFound("campaign \(campaignID) does not exist")
        }
        guard let job = try await latestJob(campaignID: campaignID, tenantID: tenantID, store: store) else {
            throw DomainError.conflict(field: nil, reason: "campaign \(campaignID) has run no job yet; there is nothing to export")
        }
        return try await store.processes.create(NewProcess(
            tenantID: tenantID, listID: campaign.definition.listIDs[0], actor: actor, scheduledAt: now, fileName: nil, inputPath: nil,
            settings: .campaignExport(JobReference(campaignId: campaignID, jobId: job.id))))
    }

    public static func latestJob(campaignID: Int64, tenantID: Int64, store: Store) async throws -> Job? {
        var page = PageRequest(limit: 1000)
        var last: Job?
        while true {
            let found = try await store.jobs.list(tenantID: tenantID, campaignID: campaignID, page: page)
            last = found.items.last ?? last
            guard let next = found.nextCursor else { return last }
            page = PageRequest(limit: 1000, after: next)
        }
    }

    /// One attempt as a row under `header`.
    static func row(_ attempt: Attempt, contact: ContactContent?) -> [String] {
        let evidence = attempt.evidence
        let slot = (attempt.target.address.contains("@") ? "email" : "phone") + String(attempt.target.slot)
        var cells: [String] = [String(attempt.id), String(attempt.jobID), String(attempt.contactID)]
        cells += [contact?.externalID ?? "", contact?.firstName ?? "", contact?.lastName ?? "", String(attempt.listID), slot]
        cells += [attempt.target.address, attempt.agent ?? "", attempt.state.rawValue, attempt.completionCode ?? ""]
        cells += [Timestamp.format(attempt.leasedAt), attempt.endedAt.map(Timestamp.format) ?? ""]
        cells += [attempt.result?.callbackAt.map(Timestamp.format) ?? "", attempt.result?.notes ?? ""]
        cells += [evidence.zones.joined(separator: " "), evidence.window, evidence.rules.joined(separator: " ")]
        cells += [Timestamp.format(evidence.blacklistCheckedAt), evidence.caps.joined(separator: "; ")]
        return cells
    }

    /// Writes the job's ended attempts as CSV through `emit`, batch by batch; `shouldStop`
    /// between batches ends the walk early. How many rows were written.
    public static func write(
        jobID: Int64, tenantID: Int64, store: Store, emit: (inout [UInt8]) throws -> Void, shouldStop: () async throws -> Bool = { false }
    ) async throws -> Int {
        var writer = CSVWriter(dialect: CSVDialect(separator: UInt8(ascii: ",")))
        var output: [UInt8] = []
        writer.write(header, into: &output)
        try emit(&output)
        var after: Int64 = 0
        var written = 0
        while try await !shouldStop() {
            let attempts = try await store.jobs.attempts(jobID: jobID, after: after, limit: 1000)
            guard let last = attempts.last else { break }
            after = last.id
            var contacts: [Int64: Contact] = [:]
            for id in Set(attempts.map(\.contactID)) { contacts[id] = try await store.contacts.find(id: id, tenantID: tenantID) }
            for attempt in attempts where attempt.state != .leased {
                writer.write(row(attempt, contact: contacts[attempt.contactID]?.content), into: &output)
                written += 1
            }
            try emit(&output)
        }
        return written
    }

    static func run(_ claimed: ClaimedProcess, store: Store, files: ProcessFiles, now: Date, logger: Logger) async {
        let process = claimed.process
        guard case .campaignExport(let reference) = process.settings else { return }
        let path = "\(files.directory)/results/campaign-\(reference.campaignId)-job-\(reference.jobId)-process-\(process.id).csv"
        do {
            let sink = try FileSink(path: path)
            var cancelled = false
            let written = try await write(jobID: reference.jobId, tenantID: process.tenantID, store: store, emit: { bytes in
                try sink.write { $0.append(contentsOf: bytes) }
                bytes.removeAll(keepingCapacity: true)
            }, shouldStop: {
                cancelled = try await store.processes.checkIn(id: process.id, at: Date())
                return cancelled
            })
            try sink.close()
            if cancelled {
                files.remove(path)
                try await store.processes.finish(id: process.id, state: .cancelled, details: "cancelled; the partial file was removed", counts: nil, resultPath: nil)
                return
            }
            var counts = ProcessCounts()
            counts.exported = written
            try await store.processes.finish(
                id: process.id, state: .finished, details: "job \(reference.jobId): \(written) attempts, written as \((path as NSString).lastPathComponent)",
                counts: counts, resultPath: path)
        } catch {
            files.remove(path)
            logger.error("campaign export process \(process.id) failed: \(error)")
            try? await store.processes.finish(id: process.id, state: .failed, details: ImportJob.explain(error), counts: nil, resultPath: nil)
        }
    }
}
