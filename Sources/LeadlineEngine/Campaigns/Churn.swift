import Foundation
import LeadlineCore
import LeadlineStore
import Logging

/// Seed 004's churn as a process: a running job's contacts selected again from its lists and
/// filter as they are now, so new uploads join and contacts that no longer pass leave.
public enum Churn {
    public static func start(jobID: Int64, tenantID: Int64, actor: String, store: Store, now: Date) async throws -> ListProcess {
        guard let job = try await store.jobs.find(id: jobID, tenantID: tenantID) else { throw DomainError.notFound("job \(jobID) does not exist") }
        guard job.state == .running else { throw DomainError.conflict(field: "state", reason: "job \(jobID) is \(job.state.rawValue); only a running job churns") }
        guard let campaign = try await store.campaigns.find(id: job.campaignID, tenantID: tenantID) else {
            throw DomainError.notFound("campaign \(job.campaignID) does not exist")
        }
        return try await store.processes.create(NewProcess(
            tenantID: tenantID, listID: campaign.definition.listIDs[0], actor: actor, scheduledAt: now, fileName: nil, inputPath: nil,
            settings: .churn(JobReference(campaignId: campaign.id, jobId: jobID))))
    }

    /// Churns every running job of the campaigns a list serves: what an import asks for.
    public static func startAll(listID: Int64, tenantID: Int64, actor: String, store: Store, now: Date) async throws -> [ListProcess] {
        var started: [ListProcess] = []
        for campaign in try await store.campaigns.using(listID: listID, tenantID: tenantID) {
            guard let job = try await store.jobs.active(campaignID: campaign.id, tenantID: tenantID), job.state == .running else { continue }
            started.append(try await start(jobID: job.id, tenantID: tenantID, actor: actor, store: store, now: now))
        }
        return started
    }

    static func run(_ claimed: ClaimedProcess, store: Store, now: Date, logger: Logger) async {
        let process = claimed.process
        guard case .churn(let reference) = process.settings else { return }
        do {
            let (joined, left) = try await JobControl.churn(jobID: reference.jobId, tenantID: process.tenantID, store: store, now: now)
            var counts = ProcessCounts()
            counts.inserted = joined
            counts.deleted = left
            try await store.processes.finish(
                id: process.id, state: .finished, details: "job \(reference.jobId): \(joined) contacts joined, \(left) left", counts: counts, resultPath: nil)
        } catch {
            logger.error("churn process \(process.id) failed: \(error)")
            try? await store.processes.finish(id: process.id, state: .failed, details: ImportJob.explain(error), counts: nil, resultPath: nil)
        }
    }
}
