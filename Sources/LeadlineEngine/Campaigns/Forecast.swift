import Foundation
import LeadlineCore
import LeadlineStore

/// Before or during a job: how many contacts are callable now, how many are held back and why,
/// and when the others become callable, hour by hour over the next seven days. Each contact
/// passes the gate as a lease would see it now (the do-not-contact list, windows in every zone,
/// holidays, state rules, attempts left, and the rolling caps as the attempts made so far fill
/// them).
public struct Forecast: Sendable, Equatable {
    /// The zone the hours are written in: the campaign's first list's.
    public var zone: String
    /// Contacts of the lists, or of the running job.
    public var contacts: Int
    public var callableNow: Int
    /// Leased now, during a job.
    public var inProgress: Int
    /// By reason: a filter reason (out of the job), or a wait reason (callable later).
    public var excluded: [String: Int]
    /// Contacts becoming callable in each hour from now.
    public var hours: [Hour]
    /// Waiting beyond the seven days.
    public var later: Int

    public struct Hour: Sendable, Equatable {
        public var start: Date
        public var count: Int
    }

    public static let horizonHours = 7 * 24

    public static func make(campaignID: Int64, tenantID: Int64, store: Store, now: Date) async throws -> Forecast {
        guard let campaign = try await store.campaigns.find(id: campaignID, tenantID: tenantID) else {
            throw DomainError.notFound("campaign \(campaignID) does not exist")
        }
        let definition = campaign.definition
        let job = try await store.jobs.active(campaignID: campaignID, tenantID: tenantID)
        var plan: JobPlan?
        if let job { plan = try await store.jobs.plan(jobID: job.id) }
        guard let strategy = try await store.strategies.find(id: definition.strategyID, tenantID: tenantID) else {
            throw DomainError.notFound("strategy \(definition.strategyID) does not exist")
        }
        let gate = AttemptGate(
            channel: definition.channel, settings: plan?.settings ?? strategy.settings, rules: try await store.callingRules.rules(tenantID: tenantID))
        let firstList = try await store.lists.find(id: definition.listIDs[0], tenantID: tenantID)
        let hourStart = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 3600).rounded(.down) * 3600)
        var forecast = Forecast(
            zone: firstList?.settings.timeZone ?? "UTC", contacts: 0, callableNow: 0, inProgress: 0, excluded: [:],
            hours: (0..<horizonHours).map { Hour(start: hourStart.addingTimeInterval(Double($0) * 3600), count: 0) }, later: 0)

        func consider(_ batch: [(Contact, String, JobContactProgress)]) async throws {
            let contents = batch.map(\.0.content)
            let recent = gate.capLookback > 0
                ? try await store.jobs.recentAttempts(of: batch.map(\.0), tenantID: tenantID, since: now.addingTimeInterval(-gate.capLookback)) : [:]
            let matcher = BlacklistMatcher(try await store.blacklist.candidates(
                numbers: Set(contents.flatMap { $0.phones.map(\.e164).filter { !$0.isEmpty } }), emails: Set(contents.flatMap(\.emails)), tenantID: tenantID))
            for (contact, zone, progress) in batch {
                forecast.contacts += 1
                if [.closed, .inactive, .postponed].contains(contact.content.status) {
                    forecast.excluded[FilterReason.status.rawValue, default: 0] += 1
                    continue
                }
                switch gate.decide(.init(content: contact.content, listZone: zone, progress: progress), recent: recent[contact.id] ?? .init(), blacklist: matcher, now: now) {
                case .allowed: forecast.callableNow += 1
                case .finished(let reason): forecast.excluded[reason.rawValue, default: 0] += 1
                case .wait(let reason, let until):
                    forecast.excluded[reason.rawValue, default: 0] += 1
                    let hour = Int(until.timeIntervalSince(hourStart) / 3600)
                    if hour < horizonHours { forecast.hours[max(hour, 0)].count += 1 } else { forecast.later += 1 }
                }
            }
        }

        if let job {
            // During a job: the contacts it still works, as it knows them.
            forecast.inProgress = job.counters.value(JobCounters.inProgress)
            forecast.contacts += forecast.inProgress
            for reason in FilterReason.allCases { forecast.excluded[reason.rawValue, default: 0] += job.counters.value(JobCounters.filtered(reason)) }
            var after: Int64 = 0
            while true {
                let open = try await store.jobs.openContacts(jobID: job.id, after: after, limit: 1000)
                guard let last = open.last else { break }
                after = last.contact.id
                try await consider(open.map { ($0.contact, $0.listZone, $0.progress) })
            }
        } else {
            // Before: the contacts a job would select now.
            for selection in try await JobControl.selections(of: definition, tenantID: tenantID, store: store, now: now) {
                guard let list = try await store.lists.find(id: selection.listID, tenantID: tenantID) else { continue }
                let all = try await store.contacts.count(listIDs: [list.id], filter: .all([]), tenantID: tenantID)
                var passing = 0
                var after: Int64 = 0
                while true {
                    let batch = try await store.contacts.batch(
                        listID: list.id, tenantID: tenantID, statuses: nil, filter: selection.filter, after: after, limit: 1000)
                    guard let last = batch.last else { break }
                    after = last.id
                    passing += batch.count
                    try await consider(batch.map { ($0, list.settings.timeZone, JobContactProgress()) })
                }
                forecast.contacts += all - passing
                if all > passing { forecast.excluded[FilterReason.filter.rawValue, default: 0] += all - passing }
            }
        }
        forecast.excluded = forecast.excluded.filter { $0.value > 0 }
        return forecast
    }
}
