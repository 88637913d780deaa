import Foundation
import LeadlineCore
import LeadlineStore

/// Starting, stopping and ending jobs.
public enum JobControl {
    /// Starts a job of the campaign now: its contacts selected from its lists and filter, its
    /// strategy fixed for the job's life. Refused while another job of the campaign is active.
    public static func start(campaignID: Int64, tenantID: Int64, startedBy: String, store: Store, now: Date) async throws -> Job {
        guard let campaign = try await store.campaigns.find(id: campaignID, tenantID: tenantID) else {
            throw DomainError.notFound("campaign \(campaignID) does not exist")
        }
        let definition = campaign.definition
        guard definition.enabled else { throw DomainError.conflict(field: "enabled", reason: "campaign \(campaignID) is disabled; enable it to start a job") }
        _ = try await CampaignSetup.check(definition, tenantID: tenantID, store: store, now: now)
        guard let strategy = try await store.strategies.find(id: definition.strategyID, tenantID: tenantID) else {
            throw DomainError.notFound("strategy \(definition.strategyID) does not exist")
        }
        let selections = try await selections(of: definition, tenantID: tenantID, store: store, now: now)
        let plan = JobPlan(
            campaignName: definition.name, channel: definition.channel, strategyID: strategy.id, settings: strategy.settings,
            allowedCodes: definition.allowedCodes, finish: definition.finish)
        let job = try await store.jobs.create(campaignID: campaignID, tenantID: tenantID, scheduledAt: now, startedBy: startedBy)
        return try await store.jobs.start(jobID: job.id, plan: plan, selections: selections)
    }

    /// How each of the campaign's lists selects its contacts now: the filter as written now
    /// (a template's current filter), checked against that list's fields.
    static func selections(of definition: CampaignDefinition, tenantID: Int64, store: Store, now: Date) async throws -> [JobSelection] {
        var issues = IssueCollector()
        let written = try await CampaignSetup.written(definition.filter, tenantID: tenantID, store: store, issues: &issues) ?? .everything
        try issues.check()
        var selections: [JobSelection] = []
        for id in definition.listIDs {
            guard let list = try await store.lists.find(id: id, tenantID: tenantID) else { throw DomainError.notFound("list \(id) does not exist") }
            let filter = try FilterCheck.check(written, fields: list.schema, defaultRegion: list.settings.defaultRegion, now: now)
            var orderBy: FilterSubject?
            var descending = false
            if case .field(let name, let down) = definition.ordering {
                orderBy = FilterSubject.named(name, in: list.schema)
                descending = down
            }
            selections.append(JobSelection(listID: id, filter: filter, orderBy: orderBy, descending: descending, channel: definition.channel))
        }
        return selections
    }

    /// Selects a running job's contacts again from its lists and filter as they are now: new
    /// contacts join, unworked ones that no longer pass leave. How many joined and left.
    public static func churn(jobID: Int64, tenantID: Int64, store: Store, now: Date) async throws -> (joined: Int, left: Int) {
        guard let job = try await store.jobs.find(id: jobID, tenantID: tenantID) else { throw DomainError.notFound("job \(jobID) does not exist") }
        guard job.state == .running else { throw DomainError.conflict(field: "state", reason: "job \(jobID) is \(job.state.rawValue); only a running job churns") }
        guard let campaign = try await store.campaigns.find(id: job.campaignID, tenantID: tenantID) else {
            throw DomainError.notFound("campaign \(job.campaignID) does not exist")
        }
        let selections = try await selections(of: campaign.definition, tenantID: tenantID, store: store, now: now)
        return try await store.jobs.reselect(jobID: jobID, selections: selections, onlyNew: false, dropUnselected: true)
    }

    /// Stops a job: no new leases from now; it ends `stopped` once every lease out has a
    /// result or has expired. Stopping a job that is stopping already changes nothing.
    public static func stop(jobID: Int64, tenantID: Int64, actor: String, store: Store) async throws -> Job {
        try await store.jobs.dispatch(jobID: jobID, tenantID: tenantID) { session in
            guard let (job, _) = try await session.job(exclusive: true) else { throw DomainError.notFound("job \(jobID) does not exist") }
            guard !job.state.hasEnded else {
                throw DomainError.conflict(field: "state", reason: "job \(jobID) has ended (\(job.state.rawValue)); there is nothing to stop")
            }
            if job.state != .stopping {
                try await session.requestStop(reason: "stopped by \(actor)")
                var stopped = job
                stopped.stopRequested = true
                try await session.setState(stopped.ending(outstandingLeases: try await session.outstandingLeases()), reason: nil)
            }
        }
        return try await store.jobs.find(id: jobID, tenantID: tenantID)!
    }

    /// Moves a running or stopping job on in the session: expired leases returned, a job whose
    /// finish criterion is met set stopping, a stopping job with no lease out ended.
    static func settle(_ job: Job, plan: JobPlan, session: DispatchSession) async throws -> JobState {
        switch job.state {
        case .running:
            guard let started = job.startedAt, plan.finish.isMet(by: try await session.counters(), startedAt: started, now: session.now) else {
                return .running
            }
            let next = job.ending(outstandingLeases: try await session.outstandingLeases())
            try await session.setState(next, reason: reason(plan.finish, counters: try await session.counters(), started: started, now: session.now))
            return next
        case .stopping:
            let next = job.ending(outstandingLeases: try await session.outstandingLeases())
            if next != .stopping { try await session.setState(next, reason: nil) }
            return next
        default:
            return job.state
        }
    }

    /// Which criterion ended a job, in a supervisor's words.
    static func reason(_ finish: FinishCriteria, counters: JobCounters, started: Date, now: Date) -> String {
        if let minutes = finish.durationMinutes, now >= started.addingTimeInterval(Double(minutes) * 60) { return "ran its \(minutes) minutes" }
        if let goal = finish.goal, goal.codes.reduce(0, { $0 + counters.latestCode($1) }) >= goal.count { return "reached its goal of \(goal.count)" }
        if let count = finish.codeCount, counters.latestCode(count.code) >= count.count { return "reached \(count.count) × \(count.code)" }
        return "all contacts processed"
    }

    /// Expires the leases of every running or stopping job and ends those that are done: what
    /// the campaign runner does every second.
    public static func tick(store: Store) async throws {
        for job in try await store.jobs.all(in: [.running, .stopping]) {
            try await store.jobs.dispatch(jobID: job.id, tenantID: job.tenantID) { session in
                guard let (current, plan) = try await session.job(exclusive: true), let plan, current.state == .running || current.state == .stopping else { return }
                try await session.expireLeases()
                _ = try await settle(current, plan: plan, session: session)
            }
        }
    }
}
