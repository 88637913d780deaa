import Testing
@testable import LeadlineCore

@Suite struct ImportMergeTests {
    static let phones = PhoneState.allCases.enumerated().map { PhoneNumber(raw: "+1415555010\($0.offset)", e164: "+1415555010\($0.offset)", state: $0.element, retryCount: 3) }

    /// Activation and inactivation, over every status and number state, keep the contact-center rules.
    @Test(arguments: ContactStatus.allCases)
    func activationAndInactivationRespectWorkInProgress(_ status: ContactStatus) {
        let contact = ContactContent(externalID: "A", phones: Self.phones, status: status)
        let activated = ImportMerge.activate(contact, phones: true)
        #expect(activated.status == ([.remaining, .processing, .callback].contains(status) ? status : .remaining))
        for (before, after) in zip(contact.phones, activated.phones) {
            let untouched = before.state == .blocked || before.state == .excluded
            #expect(after.state == (untouched ? before.state : .active) && after.retryCount == (untouched ? 3 : 0))
        }
        #expect(ImportMerge.activate(contact, phones: false).phones == contact.phones)
        let inactivated = ImportMerge.inactivate(contact)
        #expect(inactivated.status == ([.inactive, .processing, .callback].contains(status) ? status : .inactive))
        let deleted = ImportMerge.update(existing: contact, rule: .delete)
        #expect(deleted == (status == .processing || status == .callback ? .unchanged : .delete))
    }

    @Test func appendAddsWhatIsMissingAndKeepsWhatIsThere() {
        let existing = ContactContent(externalID: "A", firstName: "Ann", emails: ["a@x.com"], phones: [PhoneNumber(raw: "1", e164: "+14155550100")])
        let file = ContactContent(
            externalID: "A", firstName: "Anna", lastName: "Lee", emails: ["a@x.com", "b@x.com"],
            phones: [PhoneNumber(raw: "1", e164: "+14155550100"), PhoneNumber(raw: "2", e164: "+14155550101")], custom: ["city": .string("Austin")])
        let merged = ImportMerge.append(file, to: existing)
        #expect(merged.firstName == "Ann" && merged.lastName == "Lee" && merged.emails == ["a@x.com", "b@x.com"])
        #expect(merged.phones.map(\.e164) == ["+14155550100", "+14155550101"] && merged.custom["city"] == .string("Austin"))
    }
}
