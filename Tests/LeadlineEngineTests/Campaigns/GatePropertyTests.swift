import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// The gate against simple oracles, on both engines: at random instants across daylight-saving
/// changes exactly the contacts whose every zone is inside its hours are leased; entries added
/// to the do-not-contact list mid-job stop every later lease of their numbers.
@Suite struct GatePropertyTests {
    /// Where a contact may be: its numbers (E.164, type), its state, and the hours that apply.
    struct Place {
        var phones: [(String, PhoneType)]
        var state: String?
        var zones: [String]
        var closesAt: Int = 21
    }

    static let places: [Place] = [
        Place(phones: [("+1212555", .fixedLineOrMobile)], zones: ["America/New_York"]),
        Place(phones: [("+1310555", .fixedLineOrMobile)], zones: ["America/Los_Angeles"]),
        Place(phones: [("+1602555", .fixedLineOrMobile)], zones: ["America/Phoenix"]),
        // Indianapolis, in Indiana's Eastern part.
        Place(phones: [("+1317555", .fixedLineOrMobile)], zones: ["America/New_York"]),
        // A split state: Texas is in Central and Mountain time.
        Place(phones: [("+1214555", .fixedLineOrMobile)], state: "US-TX", zones: ["America/Chicago", "America/Denver"]),
        // Florida's law closes at 20:00 (both of its zones).
        Place(phones: [("+1305555", .fixedLineOrMobile)], state: "US-FL", zones: ["America/New_York", "America/Chicago"], closesAt: 20),
        // Mobiles ring anywhere in their country.
        Place(phones: [("+6141234", .mobile)], zones: ["Australia/Sydney", "Australia/Perth", "Australia/Adelaide", "Australia/Brisbane", "Australia/Eucla", "Australia/Lord_Howe", "Indian/Christmas", "Indian/Cocos"]),
        // A fixed line under 08 9, which libphonenumber places in Perth or Adelaide.
        Place(phones: [("+6189123", .fixedLine)], zones: ["Australia/Adelaide", "Australia/Perth"]),
        Place(phones: [("+4474001", .mobile)], zones: ["Europe/London", "Europe/Guernsey", "Europe/Isle_of_Man", "Europe/Jersey"]),
        // Two numbers in two zones: called when both are open.
        Place(phones: [("+1212556", .fixedLineOrMobile), ("+1310556", .fixedLineOrMobile)], zones: ["America/New_York", "America/Los_Angeles"]),
    ]

    /// Whether `instant` is inside 08:00 to `closesAt` in every zone.
    static func open(_ place: Place, at instant: Date) -> Bool {
        place.zones.allSatisfy { name in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: name)!
            let hour = calendar.component(.hour, from: instant)
            return hour >= 8 && hour < place.closesAt
        }
    }

    /// Instants on the days clocks change in 2026 (US, Europe, Australia) and around them.
    static func instants(_ generator: inout SeededGenerator, count: Int) -> [Date] {
        let days = ["2026-03-08", "2026-03-09", "2026-03-29", "2026-03-30", "2026-04-05", "2026-04-06", "2026-10-04", "2026-10-05", "2026-10-25",
                    "2026-10-26", "2026-11-01", "2026-11-02"]
        return (0..<count).map { _ in
            let day = Timestamp.parse(days.randomElement(using: &generator)! + "T00:00:00Z")!
            return day.addingTimeInterval(Double(Int.random(in: -86_400..<(2 * 86_400), using: &generator) / 60 * 60))
        }.sorted()
    }

    @Test(arguments: Engine.allCases)
    func exactlyTheContactsOpenInEveryZoneAreLeased(_ engine: Engine) async throws {
        let seed = UInt64.random(in: 0...UInt64.max)
        var generator = SeededGenerator(seed: seed)
        var places: [String: Place] = [:]
        let contacts = (0..<40).map { index -> ContactContent in
            let place = Self.places[index % Self.places.count]
            let id = "C\(index)"
            places[id] = place
            let phones = place.phones.map { prefix, type in
                PhoneNumber(raw: "x", e164: prefix + String(format: "%0\(12 - prefix.count + 1)d", index), type: type)
            }
            return ContactContent(externalID: id, phones: phones, state: place.state)
        }
        let instants = Self.instants(&generator, count: 24)
        try await CampaignHarness.with(engine, at: instants[0].addingTimeInterval(-60), contacts: contacts) { h in
            let job = try await h.start()
            for instant in instants {
                h.clock.set(instant)
                let leases = try await h.lease(100)
                let leased = Set(leases.map { $0.contact.content.externalID! })
                let expected = Set(places.filter { Self.open($0.value, at: instant) }.map(\.key))
                #expect(leased == expected, "seed \(seed) at \(Timestamp.format(instant)): leased \(leased.subtracting(expected).sorted()) that are closed, missed \(expected.subtracting(leased).sorted())")
                for lease in leases { _ = try await Dispatch.release(attemptID: lease.attempt.id, tenantID: h.tenant.id, store: h.store) }
                try await h.expectCountersTrue(job.id)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aNumberListedMidJobIsNeverLeasedAfter(_ engine: Engine) async throws {
        let seed = UInt64.random(in: 0...UInt64.max)
        var generator = SeededGenerator(seed: seed)
        try await CampaignHarness.with(engine, contacts: (1...40).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            var listed: [String] = []
            for _ in 0..<15 {
                h.clock.advance(60)
                if Bool.random(using: &generator) {
                    let number = "+1212555" + String(format: "%04d", Int.random(in: 1...40, using: &generator))
                    // An exact number, or a prefix covering ten.
                    let uri = Bool.random(using: &generator) ? number : String(number.dropLast()) + "*"
                    _ = try await BlacklistEntries.add(
                        uri: uri, medium: nil, name: nil, reason: nil, expires: nil, region: nil, tenantID: h.tenant.id, actor: "t", store: h.store)
                    listed.append(uri)
                }
                let leases = try await h.lease(100)
                for lease in leases {
                    let number = lease.attempt.target.address
                    let hit = listed.first { $0.hasSuffix("*") ? number.hasPrefix($0.dropLast()) : number == $0 }
                    #expect(hit == nil, "seed \(seed): \(number) leased after \(hit ?? "") was listed")
                }
                let free = (1...40).map { "+1212555" + String(format: "%04d", $0) }.filter { number in
                    !listed.contains { $0.hasSuffix("*") ? number.hasPrefix($0.dropLast()) : number == $0 }
                }
                #expect(Set(leases.map(\.attempt.target.address)) == Set(free), "seed \(seed)")
                for lease in leases { _ = try await Dispatch.release(attemptID: lease.attempt.id, tenantID: h.tenant.id, store: h.store) }
            }
            let counters = try await h.job(job.id).counters
            #expect(counters.value(JobCounters.waiting(.blacklisted)) > 0 || listed.isEmpty)
            try await h.expectCountersTrue(job.id)
        }
    }
}
