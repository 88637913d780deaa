import Testing
@testable import LeadlineCore

@Suite struct PhoneNumberParserTests {
    let parser = PhoneNumberParser()

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let region: String?
        let e164: String?
        let type: PhoneType?
        var testDescription: String { "\(text) in \(region ?? "-")" }
    }

    static let valid: [Case] = [
        // NANP: national prefix 1, 011 abroad, vanity letters, extensions, Canada behind +1.
        Case(text: "(415) 555-2671", region: "US", e164: "+14155552671", type: .fixedLineOrMobile),
        Case(text: "1-415-555-2671", region: "US", e164: "+14155552671", type: .fixedLineOrMobile),
        Case(text: "+1.415.555.2671 ext. 12", region: nil, e164: "+14155552671", type: .fixedLineOrMobile),
        Case(text: "1-800-FLOWERS", region: "US", e164: "+18003569377", type: .tollFree),
        Case(text: "011 44 20 7946 0958", region: "US", e164: "+442079460958", type: .fixedLine),
        Case(text: "+1 604 555 0199", region: nil, e164: "+16045550199", type: .fixedLineOrMobile),
        Case(text: "604-555-0199", region: "US", e164: "+16045550199", type: .fixedLineOrMobile),
        // GB: trunk 0, 00 abroad.
        Case(text: "020 7946 0958", region: "GB", e164: "+442079460958", type: .fixedLine),
        Case(text: "07400 123456", region: "GB", e164: "+447400123456", type: .mobile),
        Case(text: "+44 (0)20 7946 0958", region: nil, e164: "+442079460958", type: .fixedLine),
        Case(text: "0044 7400 123456", region: "DE", e164: "+447400123456", type: .mobile),
        // DE: trunk 0, written with the country code but no plus.
        Case(text: "030 1234567", region: "DE", e164: "+49301234567", type: .fixedLine),
        Case(text: "0151 23456789", region: "DE", e164: "+4915123456789", type: .mobile),
        Case(text: "+49 (30) 1234567#89", region: nil, e164: "+49301234567", type: .fixedLine),
        // FR
        Case(text: "01 23 45 67 89", region: "FR", e164: "+33123456789", type: .fixedLine),
        Case(text: "06 12 34 56 78", region: "FR", e164: "+33612345678", type: .mobile),
        // IT keeps the leading zero of fixed lines.
        Case(text: "02 1234 5678", region: "IT", e164: "+390212345678", type: .fixedLine),
        Case(text: "+39 06 6982 0000", region: nil, e164: "+390669820000", type: .fixedLine),
        Case(text: "312 345 6789", region: "IT", e164: "+393123456789", type: .mobile),
        // MX, BR, IN, AU, JP
        Case(text: "55 1234 5678", region: "MX", e164: "+525512345678", type: .fixedLineOrMobile),
        Case(text: "(11) 96123-4567", region: "BR", e164: "+5511961234567", type: .mobile),
        Case(text: "0 11 2345-6789", region: "BR", e164: "+551123456789", type: .fixedLine),
        Case(text: "098765 43210", region: "IN", e164: "+919876543210", type: .mobile),
        Case(text: "(02) 9876 5432", region: "AU", e164: "+61298765432", type: .fixedLine),
        Case(text: "0412 345 678", region: "AU", e164: "+61412345678", type: .mobile),
        Case(text: "03-1234-5678", region: "JP", e164: "+81312345678", type: .fixedLine),
        Case(text: "090-1234-5678", region: "JP", e164: "+819012345678", type: .mobile),
        // Full-width digits and plus.
        Case(text: "＋４４ ２０ ７９４６ ０９５８", region: nil, e164: "+442079460958", type: .fixedLine),
    ]

    @Test(arguments: valid)
    func handPickedNumbersParse(_ number: Case) {
        let parsed = parser.parse(number.text, defaultRegion: number.region)
        #expect(parsed.verdict == .valid, "\(parsed)")
        #expect(parsed.e164 == number.e164)
        if let type = number.type { #expect(parsed.type == type) }
    }

    @Test func extensionsAreKept() {
        #expect(parser.parse("+1 415 555 2671 ext. 12").extension == "12")
        #expect(parser.parse("+1 415 555 2671 x 7").extension == "7")
        #expect(parser.parse("+49 30 1234567#89").extension == "89")
        #expect(parser.parse("+1 415 555 2671").extension == nil)
    }

    @Test func regionsBehindASharedCode() {
        #expect(parser.parse("+1 604 555 0199").region == "CA")
        #expect(parser.parse("+1 415 555 2671").region == "US")
        #expect(parser.parse("+1 268 464 1234").region == "AG")
        #expect(parser.parse("+44 1481 256789").region == "GG")
    }

    @Test func invalidNumbersSayWhy() {
        let cases: [(String, String?, PhoneProblem)] = [
            ("hello", "US", .notANumber),
            ("", "US", .notANumber),
            ("+1 415 555 2671 !!", nil, .notANumber),
            ("415 555 2671", nil, .invalidCountryCode),
            ("+999 1234 5678", nil, .invalidCountryCode),
            ("+1 415", nil, .tooShort),
            ("+44 20 7946 0958 1234 5678", nil, .tooLong),
            ("+49 30 12345678901234567890", nil, .tooLong),
        ]
        for (text, region, problem) in cases {
            let parsed = parser.parse(text, defaultRegion: region)
            #expect(parsed.verdict == .invalid, "\(text): \(parsed)")
            #expect(parsed.problem == problem, "\(text)")
            #expect(parsed.e164 == nil)
        }
    }

    @Test func possibleButUnassignedNumbersAreSoMarked() {
        let parsed = parser.parse("+1 555 555 5555")
        #expect(parsed.verdict == .possible && parsed.problem == nil && parsed.e164 == "+15555555555")
    }

    @Test func writtenForms() {
        let london = parser.parse("+442079460958")
        #expect(parser.format(london, as: .international) == "+44 20 7946 0958")
        #expect(parser.format(london, as: .national) == "020 7946 0958")
        #expect(parser.format(london, as: .e164) == "+442079460958")
        #expect(parser.format(parser.parse("+14155552671"), as: .national) == "(415) 555-2671")
        #expect(parser.format(parser.parse("+390212345678"), as: .national) == "02 1234 5678")
        #expect(parser.format(parser.parse("nonsense"), as: .international) == nil)
    }

    @Test func numbersRingInTheirZones() {
        let tables = PhoneTables.shipped
        #expect(tables.timeZones(ofE164: "+14155552671") == ["America/Los_Angeles"])
        #expect(tables.timeZones(ofE164: "+442079460958") == ["Europe/London"])
        #expect(tables.timeZones(ofE164: "+61298765432") == ["Australia/Sydney"])
        // A split area code keeps every zone it spans.
        #expect(tables.timeZones(ofE164: "+12083201234") == ["America/Boise", "America/Los_Angeles"])
        #expect(tables.timeZones(ofE164: "+999").isEmpty)
    }

    @Test func aFormattedValidNumberParsesBackToTheSameNumber() {
        var generator = SystemRandomNumberGenerator()
        let territories = Array(PhoneTables.shipped.territories.values)
        var checked = 0
        for _ in 0..<3000 {
            let territory = territories.randomElement(using: &generator)!
            guard let rule = territory.types.randomElement(using: &generator), let example = rule.example else { continue }
            // Vary the example's last digits; keep the ones that are still valid.
            var digits = Array(example)
            for index in digits.indices.suffix(3) { digits[index] = Character(String(Int.random(in: 0...9, using: &generator))) }
            let parsed = parser.parse("+\(territory.countryCode)\(String(digits))", defaultRegion: territory.region)
            guard parsed.verdict == .valid else { continue }
            checked += 1
            for style in PhoneNumberStyle.allCases {
                let written = parser.format(parsed, as: style) ?? ""
                #expect(parser.parse(written, defaultRegion: territory.region).e164 == parsed.e164, "\(style) \(written)")
            }
        }
        #expect(checked > 1000)
    }

    /// Plain ASCII text takes a one-pass reading; a leading no-break space sends the same text
    /// through the full Unicode reading. Both must agree on every input.
    @Test func theASCIIReadingAgreesWithTheFullReading() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["0", "1", "2", "5", "7", "9", "44", "49", "+", " ", "-", ".", "(", ")", "x", "X", "#", "ext", "ext.", "extn", "extension",
            ";ext=", "e", "n", "FLOWERS", ":", "=", "011", "00"]
        var withExtension = 0
        for _ in 0..<20000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let region = ["US", "GB", "DE", nil].randomElement(using: &generator)!
            var fast = parser.parse(text, defaultRegion: region)
            var full = parser.parse("\u{00A0}" + text, defaultRegion: region)
            fast.input = ""
            full.input = ""
            #expect(fast == full, "\(text)")
            if fast.extension != nil { withExtension += 1 }
        }
        #expect(withExtension > 100)
    }

    @Test func arbitraryUnicodeNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = Array("0123456789+-() .xX#extEXT".unicodeScalars) + ["\u{FF10}", "\u{FF0B}", "\u{0660}", "\u{0966}", "é", "\u{0}", "\u{FFFF}", "😀"]
        for round in 0..<5000 {
            let length = Int.random(in: 0...40, using: &generator)
            let scalars: [Unicode.Scalar] = (0..<length).map { _ in
                round % 2 == 0 ? alphabet.randomElement(using: &generator)!
                    : Unicode.Scalar(UInt32.random(in: 0...0xD7FF, using: &generator))!
            }
            let text = String(String.UnicodeScalarView(scalars))
            let parsed = parser.parse(text, defaultRegion: ["US", "GB", "DE", nil].randomElement(using: &generator)!)
            if let e164 = parsed.e164 {
                #expect(e164.hasPrefix("+") && e164.dropFirst().allSatisfy(\.isASCII))
                #expect(parser.parse(e164).e164 == e164)
            } else {
                #expect(parsed.verdict == .invalid && parsed.problem != nil)
            }
        }
    }
}
