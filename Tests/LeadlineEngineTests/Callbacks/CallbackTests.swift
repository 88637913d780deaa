import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// Callbacks on both engines: made by results and by people, delivered first at their time
/// through the same gate, to the agents their preference names, moved on by the clock, and
/// managed (found, moved, reassigned, closed) with the job's counters true after each step.
@Suite struct CallbackTests {
    @Test(arguments: Engine.allCases)
    func aResultsCallbackIsDeliveredFirstAtItsTimeAndClosedByTheNextResult(engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (0..<5).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            let first = try #require(try await h.lease(1, agent: "ann").first)
            let at = h.clock.now().addingTimeInterval(1800)
            try await h.post(first.attempt, CompletionCode.callbackRequested, callbackAt: at)
            let made = try #require(try await h.store.callbacks.search(CallbackSearch(campaignID: h.campaign.id), tenantID: h.tenant.id, page: PageRequest()).items.first)
            #expect(made.contactID == first.contact.id && made.dueAt == at && made.state == .scheduled)
            #expect(made.type == .requestedFromAgent && made.lastAgent == "ann" && made.madeByAttempt == first.attempt.id && made.preference == .anyone)
            try await h.expectCountersTrue(job.id)

            // Before its time the other contacts go; at its time it goes before them.
            let early = try await h.lease(2, agent: "bob")
            #expect(!early.map(\.contact.id).contains(first.contact.id))
            for lease in early { try await h.post(lease.attempt, "no_answer") }
            h.clock.advance(1800)
            let due = try await h.lease(1, agent: "bob")
            #expect(due.map(\.contact.id) == [first.contact.id], "a due callback goes before new contacts")
            try await h.post(due[0].attempt, "answered")
            let handled = try #require(try await h.store.callbacks.find(id: made.id, tenantID: h.tenant.id))
            #expect(handled.state == .closed && handled.handledByAttempt == due[0].attempt.id && handled.lastAgent == "bob")
            try await h.expectCountersTrue(job.id)
        }
    }

    @Test(arguments: Engine.allCases)
    func onlyAgentCallbacksReachOnlyTheirAgentAndPreferredOnesAnyoneAfterTheWait(engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (0..<2).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            let leased = try await h.lease(2, agent: "ann")
            let at = h.clock.now().addingTimeInterval(600)
            _ = try await Dispatch.postResult(
                attemptID: leased[0].attempt.id, code: CompletionCode.callbackRequested, callbackAt: at, callback: CallbackOptions(preference: .onlyAgent),
                fields: nil, notes: nil, tenantID: h.tenant.id, actor: "dialer", store: h.store)
            _ = try await Dispatch.postResult(
                attemptID: leased[1].attempt.id, code: CompletionCode.callbackRequested, callbackAt: at, callback: CallbackOptions(preference: .preferAgent),
                fields: nil, notes: nil, tenantID: h.tenant.id, actor: "dialer", store: h.store)
            h.clock.advance(600)
            #expect(try await h.lease(5, agent: "bob").isEmpty, "both are ann's at their time")
            h.clock.advance(600)
            let afterWait = try await h.lease(5, agent: "bob")
            #expect(afterWait.map(\.contact.id) == [leased[1].contact.id], "the preferred callback is anyone's after 10 minutes; the only_agent one stays ann's")
            let ann = try await h.lease(5, agent: "ann")
            #expect(ann.map(\.contact.id) == [leased[0].contact.id])
            try await h.expectCountersTrue(job.id)
        }
    }

    @Test(arguments: Engine.allCases)
    func aCallbackOutsideTheCallingWindowWaitsAndSaysWhy(engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: [CampaignHarness.newYorker(1)]) { h in
            let job = try await h.start()
            let lease = try #require(try await h.lease(1).first)
            // 23:00 in New York: outside the default 08:00–21:00.
            let late = Timestamp.parse("2026-12-03T04:00:00Z")!
            try await h.post(lease.attempt, CompletionCode.callbackRequested, callbackAt: late)
            h.clock.set(late)
            #expect(try await h.lease(1).isEmpty)
            let waiting = try #require(try await h.store.callbacks.search(CallbackSearch(), tenantID: h.tenant.id, page: PageRequest()).items.first)
            #expect(waiting.waitReason == .outsideWindow && waiting.waitUntil == Timestamp.parse("2026-12-03T13:00:00Z")!)
            h.clock.set(Timestamp.parse("2026-12-03T13:00:00Z")!)
            #expect(try await h.lease(1).map(\.contact.id) == [lease.contact.id], "at the window's opening")
            try await h.expectCountersTrue(job.id)
        }
    }

    @Test(arguments: Engine.allCases)
    func theClockMovesCallbacksToDueDelayedAndExpired(engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (0..<2).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            let now = h.clock.now()
            let callback = try await CallbackManager.schedule(
                campaignID: h.campaign.id, contactID: try await h.contactID(0), dueAt: now.addingTimeInterval(3600),
                options: CallbackOptions(windowEndAt: now.addingTimeInterval(7200)), tenantID: h.tenant.id, actor: "sue", store: h.store, now: now)
            #expect(callback.state == .scheduled && callback.type == .scheduledByUser)
            #expect(try await h.job(job.id).counters.value(JobCounters.callbacks) == 1)
            let states: [(Double, CallbackState)] = [(3599, .scheduled), (3600, .due), (3600 + 15 * 60, .delayed), (7200, .expired)]
            for (seconds, state) in states {
                _ = try await h.store.callbacks.advance(now: now.addingTimeInterval(seconds))
                #expect(try await h.store.callbacks.find(id: callback.id, tenantID: h.tenant.id)?.state == state, "at +\(seconds) s")
            }
            // Expired, the contact is a new contact of the job again.
            #expect(try await h.job(job.id).counters.value(JobCounters.callbacks) == 0)
            try await h.expectCountersTrue(job.id)
        }
    }

    @Test(arguments: Engine.allCases)
    func supervisorsMoveReassignAndCloseCallbacks(engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (0..<4).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            // Ann takes work, so she is an agent Leadline knows.
            let taken = try #require(try await h.lease(1, agent: "ann").first)
            try await h.post(taken.attempt, "no_answer")
            let now = h.clock.now()
            var made: [Callback] = []
            for index in 1...3 {
                made.append(try await CallbackManager.schedule(
                    campaignID: h.campaign.id, contactID: try await h.contactID(index), dueAt: now.addingTimeInterval(86_400),
                    options: CallbackOptions(comment: "asked for tomorrow"), tenantID: h.tenant.id, actor: "sue", store: h.store, now: now))
            }
            #expect(try await h.lease(4).map(\.contact.id) == [], "their callbacks hold them back until tomorrow, the rest is attempted")
            let moved = try await CallbackManager.move(id: made[0].id, to: now, windowEndAt: nil, tenantID: h.tenant.id, actor: "sue", store: h.store, now: now)
            #expect(moved.state == .due && moved.dueAt == now)
            #expect(try await h.lease(4).map(\.contact.id) == [made[0].contactID], "moved to now, it is delivered now")

            let reassigned = try await CallbackManager.reassign(ids: [made[1].id, made[2].id], to: "ann", tenantID: h.tenant.id, store: h.store)
            #expect(reassigned.map(\.targetAgent) == ["ann", "ann"] && reassigned.allSatisfy { $0.preference == .preferAgent })
            let annSearch = try await CallbackManager.search(CallbackSearch(targetAgent: "ann"), tenantID: h.tenant.id, page: PageRequest(), store: h.store)
            #expect(annSearch.items.map(\.id) == [made[1].id, made[2].id])

            let closed = try await CallbackManager.close(ids: [made[1].id], tenantID: h.tenant.id, actor: "sue", store: h.store)
            #expect(closed.map(\.state) == [.closed])
            #expect(try await CallbackManager.closeAll(campaignID: h.campaign.id, tenantID: h.tenant.id, actor: "sue", store: h.store) == 2, "the one being called now and the one left")
            await #expect(throws: DomainError.self) { try await CallbackManager.close(ids: [made[2].id], tenantID: h.tenant.id, actor: "sue", store: h.store) }
            try await h.expectCountersTrue(job.id)
        }
    }

    @Test(arguments: Engine.allCases)
    func aCampaignsIntervalLimitRefusesOneMoreWithTheNextFreeTime(engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (0..<4).map(CampaignHarness.newYorker)) { h in
            var definition = h.campaign.definition
            definition.callbacks.limit = CallbackSettings.Limit(count: 2, minutes: 60)
            _ = try await h.store.campaigns.update(id: h.campaign.id, tenantID: h.tenant.id, expectedVersion: nil, definition, nextRunAt: nil)
            let now = h.clock.now()
            let nine = now.addingTimeInterval(3600)
            for index in 0..<2 {
                _ = try await CallbackManager.schedule(
                    campaignID: h.campaign.id, contactID: try await h.contactID(index), dueAt: nine.addingTimeInterval(Double(index) * 600),
                    options: CallbackOptions(), tenantID: h.tenant.id, actor: "sue", store: h.store, now: now)
            }
            let refused = await #expect(throws: CallbackLimitReached.self) {
                try await CallbackManager.schedule(
                    campaignID: h.campaign.id, contactID: try await h.contactID(2), dueAt: nine.addingTimeInterval(1200),
                    options: CallbackOptions(), tenantID: h.tenant.id, actor: "sue", store: h.store, now: now)
            }
            #expect(refused?.nextFreeAt == nine.addingTimeInterval(3600), "an hour after the first")
            #expect(try await h.store.callbacks.search(CallbackSearch(), tenantID: h.tenant.id, page: PageRequest()).items.count == 2, "nothing made")
        }
    }

    @Test(arguments: Engine.allCases)
    func badCallbacksAreRefusedAndChangeNothing(engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (0..<2).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            let now = h.clock.now()
            let contact = try await h.contactID(0)
            let counters = try await h.job(job.id).counters
            func schedule(_ due: Date, _ options: CallbackOptions = CallbackOptions(), contactID: Int64? = nil, campaignID: Int64? = nil) async throws {
                _ = try await CallbackManager.schedule(
                    campaignID: campaignID ?? h.campaign.id, contactID: contactID ?? contact, dueAt: due, options: options, tenantID: h.tenant.id,
                    actor: "sue", store: h.store, now: now)
            }
            let past = await #expect(throws: ValidationFailure.self) { try await schedule(now.addingTimeInterval(-3600)) }
            #expect(past?.issues.map(\.field) == ["dueAt"])
            let window = await #expect(throws: ValidationFailure.self) { try await schedule(now.addingTimeInterval(3600), CallbackOptions(windowEndAt: now)) }
            #expect(window?.issues.map(\.field) == ["windowEnd"])
            let stranger = await #expect(throws: ValidationFailure.self) {
                try await schedule(now.addingTimeInterval(3600), CallbackOptions(preference: .otherAgent, agent: "nobody"))
            }
            #expect(stranger?.issues.map(\.field) == ["agent"])
            await #expect(throws: DomainError.self) { try await schedule(now.addingTimeInterval(3600), contactID: 999_999) }
            await #expect(throws: DomainError.self) { try await schedule(now.addingTimeInterval(3600), campaignID: 999_999) }
            // Another tenant's contact is not found, as if it did not exist.
            let other = try await h.store.tenants.create(name: "other")
            let list = try await h.store.lists.create(ListSettings(name: "Theirs", defaultRegion: "US"), tenantID: other.id)
            let theirs = try await h.store.contacts.createMany(listID: list.id, tenantID: other.id, actor: "t", kind: .imported, [CampaignHarness.newYorker(9)])
            await #expect(throws: DomainError.self) { try await schedule(now.addingTimeInterval(3600), contactID: theirs[0]) }
            await #expect(throws: DomainError.self) {
                try await CallbackManager.closeAll(campaignID: h.campaign.id, tenantID: other.id, actor: "them", store: h.store)
            }

            try await schedule(now.addingTimeInterval(3600))
            await #expect(throws: DomainError.self) { try await schedule(now.addingTimeInterval(7200)) }
            #expect(try await h.store.callbacks.search(CallbackSearch(), tenantID: h.tenant.id, page: PageRequest()).items.count == 1)
            #expect(try await h.store.callbacks.search(CallbackSearch(), tenantID: other.id, page: PageRequest()).items.isEmpty)
            var expected = counters
            expected.add([JobCounters.unattempted: -1, JobCounters.callbacks: 1], list: h.list.id)
            #expect(try await h.job(job.id).counters.nonZero == expected.nonZero, "only the one good callback changed the job")
            try await h.expectCountersTrue(job.id)
        }
    }
}

extension CampaignHarness {
    /// The id of the contact made from `newYorker(index)`.
    func contactID(_ index: Int) async throws -> Int64 {
        try await contactID(external: "NY\(index)")
    }

    func contactID(external: String) async throws -> Int64 {
        let contacts = try await store.contacts.batch(listID: list.id, tenantID: tenant.id, statuses: nil, filter: nil, after: 0, limit: 1000)
        return try #require(contacts.first { $0.content.externalID == external }).id
    }
}
