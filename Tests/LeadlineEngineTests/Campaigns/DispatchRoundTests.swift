import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// Leases and results that arrive together are written in shared rounds; each still gets its
/// own answer, a bad one fails alone, and the counters stay true.
@Suite struct DispatchRoundTests {
    @Test(arguments: Engine.allCases)
    func concurrentRequestsAreAnsweredEachOnItsOwn(_ engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (1...60).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            // Twelve dialers at once, each with its own agent: no contact twice, each its own count.
            let batches = try await withThrowingTaskGroup(of: (Int, [Dispatch.Lease]).self) { group in
                for dialer in 0..<12 { group.addTask { (dialer, try await h.lease(1 + dialer % 3, agent: "agent\(dialer)")) } }
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            for (dialer, leases) in batches {
                #expect(leases.count == 1 + dialer % 3)
                #expect(leases.allSatisfy { $0.attempt.agent == "agent\(dialer)" })
            }
            let leases = batches.values.flatMap { $0 }
            #expect(Set(leases.map(\.contact.id)).count == leases.count)
            try await h.expectCountersTrue(job.id)

            // All results at once: one with a code nobody allows, one posted twice.
            let bad = leases[0].attempt
            let twice = leases[1].attempt
            let outcomes = await withTaskGroup(of: (Int64, Bool).self) { group in
                for lease in leases {
                    let code = lease.attempt.id == bad.id ? "no_such_code" : "answered"
                    group.addTask { (lease.attempt.id, (try? await h.post(lease.attempt, code)) != nil) }
                }
                group.addTask { (-twice.id, (try? await h.post(twice, "answered"))?.state == .finished) }
                return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            #expect(outcomes[bad.id] == false)
            #expect(outcomes.filter { $0.key != bad.id }.allSatisfy { $0.value })
            let counters = try await h.job(job.id).counters
            #expect(counters.latestCode("answered") == leases.count - 1)
            #expect(counters.value(JobCounters.attempts) == leases.count - 1)
            #expect(counters.value(JobCounters.inProgress) == 1)
            let unposted = try #require(try await h.store.jobs.attempt(id: bad.id, tenantID: h.tenant.id))
            #expect(unposted.state == .leased)
            try await h.expectCountersTrue(job.id)

            // The bad one is still leased and takes a good result afterwards.
            #expect(try await h.post(bad, "busy").state == .retry)
            try await h.expectCountersTrue(job.id)
        }
    }
}
