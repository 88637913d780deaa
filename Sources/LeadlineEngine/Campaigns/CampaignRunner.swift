import Foundation
import LeadlineCore
import LeadlineStore
import Logging
import ServiceLifecycle

/// Every second: starts the jobs of campaigns whose schedule is due, returns expired leases,
/// ends the jobs that are done (a duration run out, a stopping job whose leases are in) and
/// moves callbacks on to due, delayed and expired.
public struct CampaignRunner: Service {
    let store: Store
    let clock: @Sendable () -> Date
    let logger: Logger

    public init(store: Store, clock: @escaping @Sendable () -> Date = Date.init, logger: Logger) {
        self.store = store
        self.clock = clock
        self.logger = logger
    }

    public func run() async {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await runDue()
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    /// One round: what the service does each second, and what tests call.
    public func runDue() async {
        let now = clock()
        do {
            for campaign in try await store.campaigns.due(at: now) {
                let next = try? campaign.definition.schedule?.schedule().next(after: now)
                try await store.campaigns.setNextRun(next, campaignID: campaign.id)
                do {
                    let job = try await JobControl.start(campaignID: campaign.id, tenantID: campaign.tenantID, startedBy: "schedule", store: store, now: now)
                    logger.info("campaign \(campaign.id) started job \(job.id) on schedule")
                } catch {
                    // A job still running, or a campaign that no longer checks: the next run tries again.
                    logger.warning("campaign \(campaign.id) could not start on schedule: \(error)")
                }
            }
            try await JobControl.tick(store: store)
            let moved = try await store.callbacks.advance(now: now)
            if moved > 0 { logger.debug("\(moved) callbacks moved on by the clock") }
        } catch {
            logger.error("campaign runner: \(error)")
        }
    }
}
