import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// The forecast passes each contact through the gate a lease would: the calling window in its
/// zone, and the rolling caps as the tenant's attempts so far fill them.
@Suite struct ForecastTests {
    @Test(arguments: Engine.allCases)
    func contactsOutsideTheirWindowBecomeCallableWhenItOpens(engine: Engine) async throws {
        // 22:30 in New York: the default window opens at 08:00 the next morning, 13:00Z.
        try await CampaignHarness.with(engine, at: Timestamp.parse("2026-12-03T03:30:00Z")!, contacts: (0..<4).map(CampaignHarness.newYorker)) { h in
            let forecast = try await Forecast.make(campaignID: h.campaign.id, tenantID: h.tenant.id, store: h.store, now: h.clock.now())
            #expect(forecast.contacts == 4 && forecast.callableNow == 0)
            #expect(forecast.excluded == [WaitReason.outsideWindow.rawValue: 4])
            #expect(forecast.hours.filter { $0.count > 0 }.map(\.start) == [Timestamp.parse("2026-12-03T13:00:00Z")!])
            #expect(forecast.hours.map(\.count).reduce(0, +) == 4 && forecast.later == 0)
        }
    }

    @Test(arguments: Engine.allCases)
    func aContactAtItsRollingCapWaitsUntilItsOldestAttemptAgesOut(engine: Engine) async throws {
        var settings = StrategySettings(channel: .voice)
        settings.capPerContact = RollingCap(attempts: 1, hours: 24)
        try await CampaignHarness.with(engine, contacts: (0..<3).map(CampaignHarness.newYorker), settings: settings) { h in
            let job = try await h.start()
            let leased = try #require(try await h.lease(1).first)
            try await h.post(leased.attempt, "no_answer")
            _ = try await JobControl.stop(jobID: job.id, tenantID: h.tenant.id, actor: "tester", store: h.store)
            h.clock.advance(3600)

            let forecast = try await Forecast.make(campaignID: h.campaign.id, tenantID: h.tenant.id, store: h.store, now: h.clock.now())
            #expect(forecast.contacts == 3 && forecast.callableNow == 2, "the two never attempted")
            #expect(forecast.excluded == [WaitReason.cap.rawValue: 1])
            // Attempted at 15:00Z, one per 24 hours: callable again from 15:00Z the next day, 23 hours from now.
            let waiting = forecast.hours.filter { $0.count > 0 }
            #expect(waiting.map(\.start) == [Timestamp.parse("2026-12-03T15:00:00Z")!] && waiting.map(\.count) == [1])
        }
    }
}
