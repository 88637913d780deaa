import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// Jobs under load and under random use, on both engines: no contact leased twice at once by
/// many concurrent callers (on PostgreSQL, on two servers sharing it); counters equal to a recount
/// after every step of random leases, results, expiries, deletions, churns and stops; each
/// finish criterion ends its job.
@Suite struct JobPropertyTests {
    @Test(arguments: Engine.allCases)
    func manyConcurrentLeasersOnTwoServersNeverShareAContact(_ engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (1...240).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            // On PostgreSQL a second server: its own connections to the same database. Several servers
            // share PostgreSQL only; two SQLite writers in one process would wait on each other's file
            // lock inside the few threads every SQLite connection runs on.
            let second = engine == .postgres ? Store(database: try await h.store.database.reopened(), clock: h.clock.now) : nil
            let servers = [h.store] + (second.map { [$0] } ?? [])
            let leases = try await withThrowingTaskGroup(of: [Dispatch.Lease].self) { group in
                for client in 0..<16 {
                    let store = servers[client % servers.count]
                    group.addTask {
                        var mine: [Dispatch.Lease] = []
                        while true {
                            let batch = try await Dispatch.lease(
                                campaignID: h.campaign.id, tenantID: h.tenant.id, count: 5, ttlSeconds: 600, agent: "agent\(client)", actor: "dialer",
                                store: store)
                            if batch.isEmpty { return mine }
                            mine += batch
                            for lease in batch {
                                _ = try await Dispatch.postResult(
                                    attemptID: lease.attempt.id, code: lease.contact.id % 2 == 0 ? "answered" : "no_answer", callbackAt: nil, fields: nil,
                                    notes: nil, tenantID: h.tenant.id, actor: "dialer", store: store)
                            }
                        }
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            await second?.database.close()
            #expect(leases.count == 240)
            #expect(Set(leases.map(\.contact.id)).count == 240)
            let counters = try await h.job(job.id).counters
            #expect(counters.value(JobCounters.attempted) == 240 && counters.value(JobCounters.inProgress) == 0)
            #expect(counters.value(JobCounters.retries) == 120 && counters.value(JobCounters.finished) == 120)
            try await h.expectCountersTrue(job.id)
        }
    }

    @Test(arguments: Engine.allCases)
    func countersEqualARecountAfterEveryStep(_ engine: Engine) async throws {
        let seed = UInt64.random(in: 0...UInt64.max)
        var generator = SeededGenerator(seed: seed)
        try await CampaignHarness.with(engine, contacts: (1...12).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            var outstanding: [Dispatch.Lease] = []
            var added = 12
            let codes = ["busy", "no_answer", "answered", "invalid_number", "answering_machine", "callback_requested", "fax"]
            for step in 0..<60 {
                let action = Int.random(in: 0..<9, using: &generator)
                switch action {
                case 0, 1:
                    outstanding += (try? await h.lease(Int.random(in: 1...4, using: &generator), ttl: 120)) ?? []
                case 2, 3:
                    guard !outstanding.isEmpty else { continue }
                    let lease = outstanding.remove(at: Int.random(in: 0..<outstanding.count, using: &generator))
                    let code = codes.randomElement(using: &generator)!
                    _ = try? await h.post(lease.attempt, code, callbackAt: code == "callback_requested" ? h.clock.now().addingTimeInterval(1800) : nil)
                case 4:
                    h.clock.advance(Double(Int.random(in: 60...7200, using: &generator)))
                    try await JobControl.tick(store: h.store)
                case 5:
                    let batch = try await h.store.contacts.batch(listID: h.list.id, tenantID: h.tenant.id, statuses: nil, filter: nil, after: 0, limit: 100)
                    if let victim = batch.randomElement(using: &generator) {
                        _ = try? await h.store.contacts.delete(id: victim.id, tenantID: h.tenant.id, expectedVersion: nil, actor: "t")
                    }
                case 6:
                    added += 1
                    _ = try await h.store.contacts.createMany(listID: h.list.id, tenantID: h.tenant.id, actor: "t", kind: .imported, [CampaignHarness.newYorker(added)])
                    _ = try? await JobControl.churn(jobID: job.id, tenantID: h.tenant.id, store: h.store, now: h.clock.now())
                case 7:
                    guard !outstanding.isEmpty else { continue }
                    let lease = outstanding.removeLast()
                    _ = try? await Dispatch.release(attemptID: lease.attempt.id, tenantID: h.tenant.id, store: h.store)
                default:
                    if step > 50 { _ = try? await JobControl.stop(jobID: job.id, tenantID: h.tenant.id, actor: "boss", store: h.store) }
                }
                let kept = try await h.store.jobs.counters(jobID: job.id).nonZero
                let recounted = try await h.store.jobs.recount(jobID: job.id)
                #expect(kept == recounted, "seed \(seed), step \(step), action \(action)")
                if kept != recounted { return }
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func eachFinishCriterionEndsItsJob(_ engine: Engine) async throws {
        // All processed: the last result completes the job.
        try await CampaignHarness.with(engine, contacts: (1...3).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            for lease in try await h.lease(3) { try await h.post(lease.attempt, "answered") }
            let done = try await h.job(job.id)
            #expect(done.state == .completed && done.endReason == "all contacts processed")
        }
        // A goal: two contacts answered.
        try await CampaignHarness.with(engine, contacts: (1...6).map(CampaignHarness.newYorker), finish: FinishCriteria(goal: .init(count: 2, codes: ["answered"]))) { h in
            let job = try await h.start()
            let leases = try await h.lease(3)
            try await h.post(leases[0].attempt, "answered")
            #expect(try await h.job(job.id).state == .running)
            try await h.post(leases[1].attempt, "answered")
            // One lease is still out: the job waits for it.
            #expect(try await h.job(job.id).state == .stopping)
            await #expect(throws: DomainError.self) { try await h.lease(1) }
            try await h.post(leases[2].attempt, "busy")
            #expect(try await h.job(job.id).state == .completed)
        }
        // A duration, ended by the runner's tick.
        try await CampaignHarness.with(engine, contacts: (1...3).map(CampaignHarness.newYorker), finish: FinishCriteria(durationMinutes: 30)) { h in
            let job = try await h.start()
            try await JobControl.tick(store: h.store)
            #expect(try await h.job(job.id).state == .running)
            h.clock.advance(31 * 60)
            try await JobControl.tick(store: h.store)
            #expect(try await h.job(job.id).state == .completed)
        }
        // A count of one code.
        try await CampaignHarness.with(engine, contacts: (1...5).map(CampaignHarness.newYorker), finish: FinishCriteria(codeCount: .init(code: "opted_out", count: 1))) { h in
            let job = try await h.start()
            let leases = try await h.lease(1)
            try await h.post(leases[0].attempt, "opted_out")
            #expect(try await h.job(job.id).state == .completed)
        }
        // Infinite: all processed does not end it, and new contacts of the list join.
        try await CampaignHarness.with(engine, contacts: [CampaignHarness.newYorker(1)], finish: FinishCriteria(infinite: true)) { h in
            let job = try await h.start()
            try await h.post(try await h.lease(1)[0].attempt, "answered")
            #expect(try await h.job(job.id).state == .running)
            _ = try await h.store.contacts.createMany(listID: h.list.id, tenantID: h.tenant.id, actor: "t", kind: .imported, [CampaignHarness.newYorker(2)])
            let next = try await h.lease(5)
            #expect(next.map { $0.contact.content.externalID } == ["NY2"])
            try await h.expectCountersTrue(job.id)
        }
    }
}
