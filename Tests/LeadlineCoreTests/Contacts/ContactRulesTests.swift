import Foundation
import Testing
@testable import LeadlineCore

@Suite struct ContactRulesTests {
    let list = ContactList(
        id: 1, tenantID: 1, settings: ListSettings(name: "Spring"),
        schema: [
            FieldDefinition(name: "balance", type: .decimal),
            FieldDefinition(name: "tier", type: .choice, validValues: ["gold", "silver"]),
            FieldDefinition(name: "vat", type: .text, size: 12, unique: true),
        ],
        version: 1, createdAt: Date(), updatedAt: Date())

    @Test func createFillsDefaultsAndNormalizes() throws {
        let content = try ContactRules.create(
            ContactInput(externalId: " A1 ", firstName: "Ann", emails: ["Ann@Example.com"], phones: [PhoneInput(number: "+1 415 555 0100")],
                         custom: ["balance": .integer(10), "tier": .string("gold")]),
            list: list)
        #expect(content.externalID == "A1")
        #expect(content.priority == ContactContent.defaultPriority)
        #expect(content.status == .remaining)
        #expect(content.emails == ["Ann@example.com"])
        #expect(content.phones.map(\.e164) == ["+14155550100"] && content.phones[0].raw == "+1 415 555 0100")
        #expect(content.custom == ["balance": .decimal(10), "tier": .string("gold")])
    }

    @Test func everyBadPartIsReportedAtOnce() {
        let input = ContactInput(
            externalId: "A1", emails: ["nope"], phones: [PhoneInput(number: "12")], timeZone: "Mars/Base", priority: 11,
            reasonCodes: [""], custom: ["balance": .string("lots"), "unknown": .integer(1)])
        #expect {
            try ContactRules.create(input, list: list)
        } throws: { error in
            let fields = Set((error as? ValidationFailure)?.issues.map(\.field) ?? [])
            return fields == ["emails[0]", "phones[0].number", "timeZone", "priority", "reasonCodes[0]", "custom.balance", "custom.unknown"]
        }
    }

    @Test func limitsOnNumbersAndEmails() {
        let phones = (0..<11).map { PhoneInput(number: "+1415555010\($0 % 10)\($0 / 10)") }
        #expect(throws: ValidationFailure.self) { try ContactRules.create(ContactInput(externalId: "A", phones: phones), list: list) }
        let twice = [PhoneInput(number: "+14155550100"), PhoneInput(number: "+1 415 555 0100")]
        #expect(throws: ValidationFailure.self) { try ContactRules.create(ContactInput(externalId: "A", phones: twice), list: list) }
        #expect(throws: ValidationFailure.self) { try ContactRules.create(ContactInput(externalId: "A", firstName: String(repeating: "x", count: 101)), list: list) }
    }

    @Test func numbersAreReadInTheListsRegion() throws {
        var american = list
        american.settings.defaultRegion = "US"
        let content = try ContactRules.create(
            ContactInput(externalId: "A", phones: [PhoneInput(number: "(415) 555-2671"), PhoneInput(number: "1-800-FLOWERS", type: .voip)]), list: american)
        #expect(content.phones.map(\.e164) == ["+14155552671", "+18003569377"])
        #expect(content.phones.map(\.type) == [.fixedLineOrMobile, .voip], "a type given by the person wins")
        #expect(throws: ValidationFailure(field: "phones[0].number", reason: "'(415) 555-2671' \(PhoneProblem.invalidCountryCode)")) {
            try ContactRules.create(ContactInput(externalId: "A", phones: [PhoneInput(number: "(415) 555-2671")]), list: list)
        }
    }

    @Test func aListMayKeepInvalidNumbersExcluded() throws {
        var keeping = list
        keeping.settings.keepInvalidNumbers = true
        let content = try ContactRules.create(
            ContactInput(externalId: "A", phones: [PhoneInput(number: "+1 415"), PhoneInput(number: "+44 20 7946 0958")]), list: keeping)
        #expect(content.phones[0] == PhoneNumber(raw: "+1 415", e164: "", state: .excluded, problem: .tooShort))
        #expect(content.phones[1].e164 == "+442079460958" && content.phones[1].state == .active)
        #expect(ContactKey.values(of: content, key: .phone).map(\.value) == ["+442079460958"])
    }

    @Test func theDedupKeyIsRequired() {
        #expect(throws: ValidationFailure(field: "externalId", reason: "is required: it is the list's dedup key (external_id)")) {
            try ContactRules.create(ContactInput(firstName: "Ann"), list: list)
        }
        var byPhone = list
        byPhone.settings.dedupKey = .phone
        #expect(throws: ValidationFailure.self) { try ContactRules.create(ContactInput(externalId: "A"), list: byPhone) }
    }

    @Test func requiredCustomFieldsMustStay() throws {
        var strict = list
        strict.schema.append(FieldDefinition(name: "region", type: .text, required: true))
        #expect(throws: ValidationFailure.self) { try ContactRules.create(ContactInput(externalId: "A"), list: strict) }
        let content = try ContactRules.create(ContactInput(externalId: "A", custom: ["region": .string("north")]), list: strict)
        #expect(throws: ValidationFailure.self) { try ContactRules.update(ContactInput(custom: ["region": .null]), current: content, list: strict) }
    }

    @Test func editingANumberMakesItActiveWithNoRetries() throws {
        var current = try ContactRules.create(
            ContactInput(externalId: "A", phones: [PhoneInput(number: "+14155550100"), PhoneInput(number: "+14155550101")]), list: list)
        current.phones[0].state = .blocked
        current.phones[0].retryCount = 2
        current.phones[1].state = .inactive
        current.phones[1].retryCount = 3
        let updated = try ContactRules.update(
            ContactInput(phones: [PhoneInput(number: "+1 415 555 0100"), PhoneInput(number: "+14155550199")]), current: current, list: list)
        #expect(updated.phones[0].state == .blocked && updated.phones[0].retryCount == 2, "an unchanged number keeps its state")
        #expect(updated.phones[0].raw == "+1 415 555 0100")
        #expect(updated.phones[1] == PhoneNumber(raw: "+14155550199", e164: "+14155550199", type: .fixedLineOrMobile, state: .active, retryCount: 0))
    }

    @Test func updateLeavesOutPartsAloneAndClearsEmptyOnes() throws {
        let current = try ContactRules.create(ContactInput(externalId: "A", firstName: "Ann", lastName: "Lee", custom: ["tier": .string("gold")]), list: list)
        let updated = try ContactRules.update(ContactInput(lastName: "", custom: ["tier": .null]), current: current, list: list)
        #expect(updated.firstName == "Ann")
        #expect(updated.lastName == nil)
        #expect(updated.custom["tier"] == nil)
    }

    @Test func keysCoverTheDedupKeyAndUniqueFields() throws {
        let content = try ContactRules.create(ContactInput(externalId: "A1", custom: ["vat": .string("FR123")]), list: list)
        #expect(Set(ContactKey.all(of: content, list: list)) == [
            ContactKey(kind: "external_id", value: "A1"), ContactKey(kind: "field:vat", value: "FR123"),
        ])
        var byPhone = list
        byPhone.settings.dedupKey = .phone
        let phoned = try ContactRules.create(ContactInput(phones: [PhoneInput(number: "+14155550100"), PhoneInput(number: "+14155550101")]), list: byPhone)
        #expect(ContactKey.all(of: phoned, list: byPhone).map(\.value) == ["+14155550100", "+14155550101"])
    }

    @Test func changesNameWhatDiffers() throws {
        let before = try ContactRules.create(ContactInput(externalId: "A", status: .remaining), list: list)
        let after = try ContactRules.update(ContactInput(status: .closed), current: before, list: list)
        let changes = Change.between(before, after)
        #expect(changes == [Change(field: "status", from: .string("remaining"), to: .string("closed"))])
        #expect(Change.kind(of: changes) == .statusChanged)
        #expect(Change.between(before, before).isEmpty)
    }
}
