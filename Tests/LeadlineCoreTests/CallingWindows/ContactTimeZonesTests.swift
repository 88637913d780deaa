import Foundation
import Testing
@testable import LeadlineCore

@Suite struct ContactTimeZonesTests {
    @Test func everyTabledZoneIsAKnownIANAZone() {
        for (code, names) in SubdivisionZones.unitedStates.merging(SubdivisionZones.canada, uniquingKeysWith: { $0 + $1 }) {
            #expect(!names.isEmpty)
            for name in names { #expect(TimeZone(identifier: name) != nil, "\(code): \(name)") }
        }
        #expect(SubdivisionZones.unitedStates.count == 56)
        #expect(SubdivisionZones.canada.count == 13)
    }

    @Test func subdivisionsReadInBareAndISOForms() {
        #expect(SubdivisionZones.zones(of: "tx") == ["America/Chicago", "America/Denver"])
        #expect(SubdivisionZones.zones(of: "US-FL") == ["America/New_York", "America/Chicago"])
        #expect(SubdivisionZones.zones(of: "CA-QC") == ["America/Toronto", "America/Halifax"])
        #expect(SubdivisionZones.zones(of: "CA") == ["America/Los_Angeles"], "a bare CA is California")
        #expect(SubdivisionZones.zones(of: "ZZ") == nil)
    }

    @Test func theMostTrustedSourceWins() {
        let names = { (zones: [TimeZone]) in zones.map(\.identifier) }
        #expect(names(ContactTimeZones.resolve(explicit: "Europe/Paris", subdivision: "TX", numberZones: ["America/New_York"], listZone: "UTC")) == ["Europe/Paris"])
        #expect(names(ContactTimeZones.resolve(explicit: "Mars/Base", subdivision: "TX", numberZones: [], listZone: "UTC")) == ["America/Chicago", "America/Denver"])
        #expect(names(ContactTimeZones.resolve(explicit: nil, subdivision: "ZZ", numberZones: ["America/New_York", "America/Chicago", "America/New_York"], listZone: "UTC")) == ["America/New_York", "America/Chicago"])
        #expect(names(ContactTimeZones.resolve(explicit: nil, subdivision: nil, numberZones: [], listZone: "Europe/Berlin")) == ["Europe/Berlin"])
    }

    @Test func aSplitStateIsCalledOnlyWhenBothHalvesMayBe() {
        let texas = ContactTimeZones.resolve(explicit: nil, subdivision: "TX", numberZones: [], listZone: "UTC")
        // 08:30 in Chicago is 07:30 in Denver (January): too early for El Paso.
        let instant = Timestamp.parse("2026-01-15T14:30:00Z")!
        #expect(!CallingWindow.standard.allows(instant, inAll: texas))
        #expect(CallingWindow.standard.nextAllowed(after: instant, inAll: texas) == Timestamp.parse("2026-01-15T15:00:00Z"))
    }
}
