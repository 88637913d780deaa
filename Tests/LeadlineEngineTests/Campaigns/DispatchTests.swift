import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// A job's life on both engines: selection, leases, results, retries, expiry, stop, with the
/// counters equal to a recount after every step.
@Suite struct DispatchTests {
    @Test(arguments: Engine.allCases)
    func leasesAndResultsMoveTheCounters(_ engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (1...5).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            #expect(job.state == .running)
            #expect(job.counters.value(JobCounters.total) == 5)
            #expect(job.counters.value(JobCounters.unattempted) == 5)
            try await h.expectCountersTrue(job.id)

            let leases = try await h.lease(2)
            #expect(leases.count == 2)
            #expect(Set(leases.map(\.contact.id)).count == 2)
            #expect(leases.allSatisfy { $0.attempt.target.address.hasPrefix("+1212") && $0.attempt.evidence.zones == ["America/New_York"] })
            var counters = try await h.job(job.id).counters
            #expect(counters.value(JobCounters.inProgress) == 2 && counters.value(JobCounters.unattempted) == 3)
            try await h.expectCountersTrue(job.id)

            let busy = try await h.post(leases[0].attempt, "busy")
            #expect(busy.state == .retry && busy.dueAt == h.clock.now().addingTimeInterval(600))
            let answered = try await h.post(leases[1].attempt, "answered")
            #expect(answered.state == .finished && answered.contactStatus == .closed)
            // The same result again answers the same; another one is a conflict.
            #expect(try await h.post(leases[1].attempt, "answered").state == .finished)
            await #expect(throws: DomainError.self) { try await h.post(leases[1].attempt, "busy") }
            await #expect(throws: ValidationFailure.self) { try await h.post(leases[0].attempt, "no_such_code") }
            counters = try await h.job(job.id).counters
            #expect(counters.value(JobCounters.retries) == 1 && counters.value(JobCounters.finished) == 1)
            #expect(counters.latestCode("answered") == 1 && counters.value(JobCounters.attempts) == 2)
            try await h.expectCountersTrue(job.id)

            let contact = try #require(try await h.store.contacts.find(id: leases[1].contact.id, tenantID: h.tenant.id))
            #expect(contact.content.status == .closed)
            let history = try await h.store.contacts.history(contactID: contact.id, tenantID: h.tenant.id, page: PageRequest(limit: 10)).items
            #expect(history.map(\.kind).contains(.attempt) && history.map(\.kind).contains(.result))

            // An unanswered lease returns its contact, recorded as lease_expired and not counted.
            let held = try await h.lease(1, ttl: 30)
            #expect(held.count == 1)
            h.clock.advance(31)
            await #expect(throws: DomainError.self) { try await h.post(held[0].attempt, "answered") }
            let again = try await h.lease(3)
            #expect(again.map(\.contact.id).contains(held[0].contact.id))
            let expired = try #require(try await h.store.jobs.attempt(id: held[0].attempt.id, tenantID: h.tenant.id))
            #expect(expired.state == .expired && expired.completionCode == CompletionCode.leaseExpired)
            try await h.expectCountersTrue(job.id)

            // Stopping waits for the leases out, then the job is stopped.
            let stopping = try await JobControl.stop(jobID: job.id, tenantID: h.tenant.id, actor: "boss", store: h.store)
            #expect(stopping.state == .stopping)
            await #expect(throws: DomainError.self) { try await h.lease(1) }
            for lease in again { try await h.post(lease.attempt, "no_answer") }
            #expect(try await h.job(job.id).state == .stopped)
            await #expect(throws: DomainError.self) { try await JobControl.stop(jobID: job.id, tenantID: h.tenant.id, actor: "boss", store: h.store) }
            try await h.expectCountersTrue(job.id)
        }
    }
}
