import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// A tenant with one list, a voice strategy and a campaign over the list, on one engine, with
/// a clock the test moves.
struct CampaignHarness {
    let store: Store
    let clock: ManualClock
    let tenant: Tenant
    let list: ContactList
    let strategy: Strategy
    let campaign: Campaign

    /// 10:00 in New York on a Wednesday.
    static let morning = Timestamp.parse("2026-12-02T15:00:00Z")!

    static func with(
        _ engine: Engine, at start: Date = morning, contacts: [ContactContent], settings: StrategySettings = StrategySettings(channel: .voice),
        finish: FinishCriteria = .allProcessed, _ body: (CampaignHarness) async throws -> Void
    ) async throws {
        let clock = ManualClock(start)
        try await TestStore.with(engine, clock: clock.now, skip: { try Test.cancel(Comment(rawValue: $0)) }) { store in
            let tenant = try await store.tenants.create(name: "acme")
            let list = try await store.lists.create(ListSettings(name: "Leads", timeZone: "America/New_York", defaultRegion: "US"), tenantID: tenant.id)
            if !contacts.isEmpty { _ = try await store.contacts.createMany(listID: list.id, tenantID: tenant.id, actor: "t", kind: .imported, contacts) }
            let strategy = try await CampaignSetup.createStrategy(name: "Standard", channel: .voice, settings: settings, tenantID: tenant.id, store: store)
            let campaign = try await CampaignSetup.createCampaign(
                CampaignDefinition(name: "Renewals", channel: .voice, strategyID: strategy.id, listIDs: [list.id], finish: finish),
                tenantID: tenant.id, store: store, now: clock.now())
            try await body(CampaignHarness(store: store, clock: clock, tenant: tenant, list: list, strategy: strategy, campaign: campaign))
        }
    }

    func start() async throws -> Job {
        try await JobControl.start(campaignID: campaign.id, tenantID: tenant.id, startedBy: "tester", store: store, now: clock.now())
    }

    func lease(_ count: Int, ttl: Int = 60, agent: String? = nil) async throws -> [Dispatch.Lease] {
        try await Dispatch.lease(campaignID: campaign.id, tenantID: tenant.id, count: count, ttlSeconds: ttl, agent: agent, actor: "dialer", store: store)
    }

    @discardableResult
    func post(_ attempt: Attempt, _ code: String, callbackAt: Date? = nil, fields: [String: JSONValue]? = nil) async throws -> Dispatch.Outcome {
        try await Dispatch.postResult(
            attemptID: attempt.id, code: code, callbackAt: callbackAt, fields: fields, notes: nil, tenantID: tenant.id, actor: "dialer", store: store)
    }

    func job(_ id: Int64) async throws -> Job {
        try #require(try await store.jobs.find(id: id, tenantID: tenant.id))
    }

    /// The kept counters equal a recount from the tables.
    func expectCountersTrue(_ job: Int64, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let kept = try await store.jobs.counters(jobID: job).nonZero
        let recounted = try await store.jobs.recount(jobID: job)
        #expect(kept == recounted, sourceLocation: sourceLocation)
    }

    /// A New York contact with one fixed line.
    static func newYorker(_ index: Int) -> ContactContent {
        ContactContent(externalID: "NY\(index)", firstName: "N\(index)", phones: [PhoneNumber(raw: "x", e164: "+1212555\(String(format: "%04d", index))", type: .fixedLineOrMobile)])
    }
}
