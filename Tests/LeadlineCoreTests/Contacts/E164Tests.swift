import Testing
@testable import LeadlineCore

@Suite struct E164Tests {
    @Test(arguments: [
        ("+1 (415) 555-0100", "+14155550100"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+49.30.1234567", "+49301234567"),
        ("+33123456789", "+33123456789"),
    ])
    func writtenFormsNormalize(input: String, expected: String) {
        #expect(E164.normalized(input) == expected)
    }

    @Test(arguments: ["4155550100", "+0123456789", "+1234567", "+1234567890123456", "+1 415 555 01OO", "++14155550100", "+1415555x0100", ""])
    func nonE164IsRefused(input: String) {
        #expect(E164.normalized(input) == nil)
    }

    @Test func everyPlainE164NumberIsItsOwnForm() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1000 {
            let count = Int.random(in: 8...15, using: &generator)
            let digits = String(Int.random(in: 1...9, using: &generator)) + (1..<count).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            #expect(E164.normalized("+" + digits) == "+" + digits)
        }
    }

    @Test func arbitraryTextNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1000 {
            let scalars = (0..<Int.random(in: 0...30, using: &generator)).compactMap { _ in Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &generator)) }
            let text = String(String.UnicodeScalarView(scalars))
            if let normalized = E164.normalized(text) {
                #expect(normalized.hasPrefix("+") && normalized.dropFirst().allSatisfy(\.isASCII))
            }
        }
    }
}

@Suite struct EmailAddressTests {
    @Test(arguments: [("ann@example.com", "ann@example.com"), ("Ann.Lee+vip@Sub.Example.CO.UK", "Ann.Lee+vip@sub.example.co.uk"), (" bob@x.io ", "bob@x.io")])
    func addressesNormalize(input: String, expected: String) {
        #expect(EmailAddress.normalized(input) == expected)
    }

    @Test(arguments: ["", "ann", "ann@", "@example.com", "ann@example", "ann@@example.com", "a..b@example.com", ".a@example.com", "ann@-x.com", "ann@example.c", "ann@1.23", "a b@example.com", "ann@exa mple.com"])
    func nonAddressesAreRefused(input: String) {
        #expect(EmailAddress.normalized(input) == nil)
    }
}
