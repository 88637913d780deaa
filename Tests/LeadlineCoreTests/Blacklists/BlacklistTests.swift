import Foundation
import LeadlineCore
import Testing

@Suite struct BlacklistURITests {
    @Test func readsEveryKindAsPeopleWriteThem() throws {
        #expect(try BlacklistURI.parse("+1 (415) 555-0100") == .number("+14155550100"))
        #expect(try BlacklistURI.parse("(415) 555-0100", defaultRegion: "US") == .number("+14155550100"))
        #expect(try BlacklistURI.parse("+1 415*") == .numberPrefix("+1415"))
        #expect(try BlacklistURI.parse("+44*").description == "+44*")
        #expect(try BlacklistURI.parse("Ann@Example.COM") == .email("ann@example.com"))
        #expect(try BlacklistURI.parse("@Example.com") == .emailDomain("example.com"))
        #expect(try BlacklistURI.parse("*@example.com").description == "@example.com")
        #expect(try BlacklistURI.parse("spam.example.org") == .emailDomain("spam.example.org"))
    }

    @Test func refusesWhatIsNoneOfThem() {
        for text in ["", "hello", "415 555 0100", "+1 415 555", "1415*", "+*", "+14a*", "ann@", "@nodot", "a@b@c.com", String(repeating: "9", count: 300)] {
            #expect(throws: ValidationFailure.self, "\(text)") { try BlacklistURI.parse(text) }
        }
    }

    @Test func entriesCheckTheirParts() throws {
        let entry = try BlacklistEntry.Input.read(uri: "+14155550100", medium: "SMS", name: " Fraud ", reason: "asked", expires: "2027-01-31")
        #expect(entry.medium == .sms && entry.name == "Fraud" && entry.expiresAt == Date(timeIntervalSince1970: 1_801_353_600))
        #expect(try BlacklistEntry.Input.read(uri: "a@b.com", medium: nil, name: nil, reason: nil, expires: nil).medium == .any)
        let bad: [(String, String?, String?, String)] = [
            ("+14155550100", "fax", nil, "medium"), ("+14155550100", "email", nil, "medium"), ("a@b.com", "voice", nil, "medium"),
            ("+14155550100", nil, "soon", "expires"), ("nothing", nil, nil, "uri"),
        ]
        for (uri, medium, expires, field) in bad {
            #expect(throws: ValidationFailure.self) { try BlacklistEntry.Input.read(uri: uri, medium: medium, name: nil, reason: nil, expires: expires) }
            do {
                _ = try BlacklistEntry.Input.read(uri: uri, medium: medium, name: nil, reason: nil, expires: expires)
            } catch {
                #expect(error.issues.map(\.field) == [field], "\(uri) \(medium ?? "") \(expires ?? "")")
            }
        }
        #expect(throws: ValidationFailure.self) { try BlacklistEntry.Input.read(uri: "+14155550100", medium: nil, name: "a\nb", reason: nil, expires: nil) }
    }
}

@Suite struct BlacklistMatcherTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func entry(_ id: Int64, _ uri: String, _ medium: BlacklistMedium = .any, expires: Date? = nil) throws -> BlacklistEntry {
        BlacklistEntry(id: id, name: "", medium: medium, uri: try BlacklistURI.parse(uri), reason: "", expiresAt: expires, createdAt: now, createdBy: "t")
    }

    @Test func numbersPrefixesMediaAndExpiry() throws {
        let matcher = BlacklistMatcher([
            try entry(1, "+14155550100", .voice), try entry(2, "+14155550100", .sms), try entry(3, "+1212*"),
            try entry(4, "+442071234567", expires: now), try entry(5, "+4420*", .sms, expires: now.addingTimeInterval(60)),
        ])
        #expect(matcher.entry(forNumber: "+14155550100", channel: .voice, at: now) == 1)
        #expect(matcher.entry(forNumber: "+14155550100", channel: .sms, at: now) == 2)
        #expect(matcher.entry(forNumber: "+14155550100", channel: .email, at: now) == nil)
        #expect(matcher.entry(forNumber: "+14155550101", channel: .voice, at: now) == nil)
        #expect(matcher.entry(forNumber: "+12125550100", channel: .sms, at: now) == 3)
        #expect(matcher.entry(forNumber: "+1212", channel: .sms, at: now) == 3, "a prefix covers itself")
        #expect(matcher.entry(forNumber: "+121", channel: .sms, at: now) == nil)
        #expect(matcher.entry(forNumber: "+442071234567", channel: .voice, at: now) == nil, "expired at now")
        #expect(matcher.entry(forNumber: "+442071234567", channel: .sms, at: now) == 5)
        #expect(matcher.entry(forNumber: "+442071234567", channel: .sms, at: now.addingTimeInterval(60)) == nil)
        #expect(matcher.entry(forNumber: "not a number", channel: .any, at: now) == nil)
    }

    @Test func addressesAndDomainsWithTheirSubdomains() throws {
        let matcher = BlacklistMatcher([try entry(1, "ann@example.com", .email), try entry(2, "@spam.example"), try entry(3, "@corp.example.org")])
        #expect(matcher.entry(forEmail: "ANN@example.com", channel: .email, at: now) == 1)
        #expect(matcher.entry(forEmail: "bob@example.com", channel: .email, at: now) == nil)
        #expect(matcher.entry(forEmail: "x@spam.example", channel: .any, at: now) == 2)
        #expect(matcher.entry(forEmail: "x@mail.spam.example", channel: .email, at: now) == 2)
        #expect(matcher.entry(forEmail: "x@example.org", channel: .email, at: now) == nil, "a parent of a listed domain is not listed")
        #expect(matcher.entry(forEmail: "x@notspam.example", channel: .email, at: now) == nil)
    }

    /// The matcher against the plain definition, on random entries and random numbers.
    @Test func agreesWithCheckingEveryEntry() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            var entries: [BlacklistEntry] = []
            for id in 1...200 {
                let digits = String((0..<Int.random(in: 3...11, using: &generator)).map { _ in Array("0123")[Int.random(in: 0..<4, using: &generator)] })
                let prefix = Bool.random(using: &generator)
                let medium = BlacklistMedium.allCases.filter { $0 != .email }.randomElement(using: &generator)!
                let expires = Int.random(in: 0..<4, using: &generator) == 0 ? now.addingTimeInterval(Double(Int.random(in: -100...100, using: &generator))) : nil
                entries.append(BlacklistEntry(
                    id: Int64(id), name: "", medium: medium, uri: prefix ? .numberPrefix("+1" + digits) : .number("+1" + digits),
                    reason: "", expiresAt: expires, createdAt: now, createdBy: "t"))
            }
            let matcher = BlacklistMatcher(entries)
            for _ in 0..<500 {
                let number = "+1" + String((0..<Int.random(in: 3...11, using: &generator)).map { _ in Array("0123")[Int.random(in: 0..<4, using: &generator)] })
                let channel = BlacklistMedium.allCases.randomElement(using: &generator)!
                let forbidding = entries.filter { entry in
                    guard entry.isActive(at: now), entry.medium.forbids(channel) else { return false }
                    switch entry.uri {
                    case .number(let listed): return listed == number
                    case .numberPrefix(let prefix): return number.hasPrefix(prefix)
                    default: return false
                    }
                }
                let found = matcher.entry(forNumber: number, channel: channel, at: now)
                #expect((found != nil) == !forbidding.isEmpty, "\(number) \(channel)")
                if let found { #expect(forbidding.contains { $0.id == found }) }
            }
        }
    }

    @Test func aScreenBlocksListedNumbersAndExplainsARefusal() throws {
        let listed = BlacklistEntry(
            id: 7, name: "Fraud", medium: .voice, uri: .numberPrefix("+1900"), reason: "premium rate", expiresAt: nil, createdAt: now, createdBy: "t")
        let screen = BlacklistScreen(candidates: [listed], now: now)
        let content = ContactContent(
            emails: ["ok@example.com"], phones: [PhoneNumber(raw: "a", e164: "+14155550100"), PhoneNumber(raw: "b", e164: "+19005550100")])
        #expect(screen.blocking(content).phones.map(\.state) == [.active, .blocked])
        let refusal = try #require(screen.refusal(of: content))
        #expect(refusal.column == "phone2" && refusal.reason == "+19005550100 is on the do-not-contact list: 'Fraud' (+1900*), premium rate")
        #expect(screen.refusal(of: ContactContent(phones: [PhoneNumber(raw: "a", e164: "+14155550100")])) == nil)
    }
}
