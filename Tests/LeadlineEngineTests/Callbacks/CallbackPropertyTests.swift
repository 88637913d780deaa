import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// Callbacks at random times across daylight-saving changes, for contacts in random zones,
/// with random preferences and some numbers on the do-not-contact list: none is leased before
/// its time, outside the window of any zone its contact may be in, on a listed number, or to
/// an agent its preference keeps it from.
@Suite struct CallbackPropertyTests {
    @Test(arguments: Engine.allCases)
    func callbacksAreLeasedOnlyWhenTheGateAndTheirPreferenceAllow(_ engine: Engine) async throws {
        let seed = UInt64.random(in: 0...UInt64.max)
        var generator = SeededGenerator(seed: seed)
        var places: [String: GatePropertyTests.Place] = [:]
        let contacts = (0..<30).map { index -> ContactContent in
            let place = GatePropertyTests.places[Int.random(in: 0..<GatePropertyTests.places.count, using: &generator)]
            places["C\(index)"] = place
            // Valid numbers, so that they can be listed: twelve characters, thirteen in Britain.
            let phones = place.phones.map { prefix, type in
                PhoneNumber(raw: "x", e164: prefix + String(format: "%0\((prefix.hasPrefix("+44") ? 13 : 12) - prefix.count)d", index), type: type)
            }
            return ContactContent(externalID: "C\(index)", phones: phones, state: place.state)
        }
        let start = Timestamp.parse("2026-03-06T17:00:00Z")!
        try await CampaignHarness.with(engine, at: start, contacts: contacts) { h in
            let job = try await h.start()
            // Two agents take work, so that callbacks may be given to them.
            for agent in ["a1", "a2"] {
                let taken = try #require(try await h.lease(1, agent: agent).first)
                _ = try await Dispatch.release(attemptID: taken.attempt.id, tenantID: h.tenant.id, store: h.store)
            }
            var listed: Set<String> = []
            for contact in contacts where Int.random(in: 0..<5, using: &generator) == 0 {
                let number = contact.phones[0].e164
                _ = try await BlacklistEntries.add(
                    uri: number, medium: nil, name: nil, reason: nil, expires: nil, region: nil, tenantID: h.tenant.id, actor: "t", store: h.store)
                listed.insert(number)
            }
            var callbacks: [Int64: Callback] = [:]
            let dueTimes = GatePropertyTests.instants(&generator, count: contacts.count)
            for (index, due) in dueTimes.enumerated() {
                let preference = CallbackPreference.allCases.randomElement(using: &generator)!
                let agent: String? = preference == .anyone ? nil : ["a1", "a2"].randomElement(using: &generator)
                let made = try await CallbackManager.schedule(
                    campaignID: h.campaign.id, contactID: try await h.contactID(external: "C\(index)"), dueAt: max(due, start),
                    options: CallbackOptions(preference: preference, agent: agent, windowEndAt: due.addingTimeInterval(30 * 86_400)),
                    tenantID: h.tenant.id, actor: "sue", store: h.store, now: start)
                callbacks[made.contactID] = made
            }
            try await h.expectCountersTrue(job.id)
            let settings = CallbackSettings()
            var delivered = 0
            for instant in (dueTimes + GatePropertyTests.instants(&generator, count: 30)).sorted() where instant > start {
                h.clock.set(instant)
                let asking = [nil, "a1", "a2"].randomElement(using: &generator)!
                for lease in try await h.lease(100, agent: asking) {
                    let name = lease.contact.content.externalID!
                    let callback = try #require(callbacks[lease.contact.id], "seed \(seed): \(name) leased without its callback")
                    #expect(instant >= callback.dueAt, "seed \(seed): \(name) leased before its callback's time")
                    #expect(GatePropertyTests.open(places[name]!, at: instant), "seed \(seed): \(name) leased at \(Timestamp.format(instant)), outside a zone's window")
                    #expect(!listed.contains(lease.attempt.target.address), "seed \(seed): \(lease.attempt.target.address) is listed")
                    if let only = callback.exclusiveAgent(at: instant, settings: settings) {
                        #expect(asking == only, "seed \(seed): \(name)'s \(callback.preference.rawValue) callback for \(only) went to \(asking ?? "anyone")")
                    }
                    try await h.post(lease.attempt, "answered")
                    delivered += 1
                }
            }
            #expect(delivered >= contacts.count / 3, "seed \(seed): only \(delivered) callbacks delivered; the walk tests too little")
            try await h.expectCountersTrue(job.id)
        }
    }
}
