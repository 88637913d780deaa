import Testing
@testable import LeadlineCore

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
