import Testing
@testable import LeadlineCore

@Suite struct ListRulesTests {
    @Test func createNeedsANameAndTakesDefaults() throws {
        #expect(throws: ValidationFailure(field: "name", reason: "is required")) {
            try ListRules.create(ListInput(), schema: [], ownTenant: 1)
        }
        let settings = try ListRules.create(ListInput(name: "Spring"), schema: [], ownTenant: 1)
        #expect(settings == ListSettings(name: "Spring"))
    }

    @Test func badSettingsAreRefused() {
        let cases: [ListInput] = [
            ListInput(name: ""),
            ListInput(name: "x", timeZone: "Europe/Atlantis"),
            ListInput(name: "x", defaultRegion: "usa"),
            ListInput(name: "x", defaultRegion: "ZZ"),
            ListInput(name: "x", dedupKey: .field("missing")),
            ListInput(name: "x", sharedWith: [1]),
            ListInput(name: "x", sharedWith: [2, 2]),
            ListInput(name: "x", description: String(repeating: "d", count: 2001)),
        ]
        for input in cases {
            #expect(throws: ValidationFailure.self, "\(input)") { try ListRules.create(input, schema: [], ownTenant: 1) }
        }
    }

    @Test func updateChangesOnlyWhatIsGiven() throws {
        let current = ListSettings(name: "Spring", timeZone: "Europe/Paris", defaultRegion: "FR")
        let updated = try ListRules.apply(ListInput(enabled: false, sharedWith: [3, 2]), to: current, schema: [], ownTenant: 1)
        #expect(updated.name == "Spring" && updated.timeZone == "Europe/Paris" && !updated.enabled && updated.sharedWith == [2, 3])
        #expect(try ListRules.apply(ListInput(defaultRegion: ""), to: current, schema: [], ownTenant: 1).defaultRegion == nil)
    }

    @Test func dedupKeyRoundTripsThroughText() {
        for key in [DedupKey.externalID, .phone, .email, .field("vat")] {
            #expect(DedupKey(rawValue: key.rawValue) == key)
        }
        #expect(DedupKey(rawValue: "field:") == nil)
        #expect(DedupKey(rawValue: "name") == nil)
    }
}
