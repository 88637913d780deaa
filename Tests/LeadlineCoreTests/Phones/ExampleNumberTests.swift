import Testing
@testable import LeadlineCore

/// Every example number of libphonenumber's metadata: valid, of its own type, in its own region,
/// and back to itself from its written forms.
@Suite struct ExampleNumberTests {
    let parser = PhoneNumberParser()

    struct Example: CustomStringConvertible {
        let region: String
        let type: PhoneType
        let national: String
        var description: String { "\(region) \(type.rawValue) \(national)" }
    }

    var examples: [(example: Example, countryCode: Int)] {
        PhoneTables.shipped.byCountryCode.values.flatMap { $0 }.sorted { ($0.region, $0.countryCode) < ($1.region, $1.countryCode) }
            .flatMap { territory in
                territory.types.compactMap { rule in
                    rule.example.map { (Example(region: territory.region, type: rule.type, national: $0), territory.countryCode) }
                }
            }
    }

    @Test func thereAreExamplesForEveryRegion() {
        #expect(PhoneTables.shipped.territories.count + PhoneTables.shipped.byCountryCode.values.joined().filter { $0.region == "001" }.count == 254)
        #expect(examples.count > 1100)
    }

    @Test func everyExampleIsValidOfItsTypeInItsRegion() {
        var failures: [String] = []
        for (example, code) in examples {
            // Ranges several regions share (NANP toll-free, say) belong to whichever region the reader is in.
            let parsed = parser.parse("+\(code)\(example.national)", defaultRegion: example.region)
            let typeMatches = parsed.type == example.type
                || (parsed.type == .fixedLineOrMobile && [.fixedLine, .mobile].contains(example.type))
            if parsed.verdict != .valid || !typeMatches || parsed.region != example.region || parsed.e164 != "+\(code)\(example.national)" {
                failures.append("\(example): \(parsed.verdict) \(parsed.type) \(parsed.region ?? "-")")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(30))")
    }

    @Test func everyExampleFormatsBackToItself() {
        var failures: [String] = []
        for (example, code) in examples {
            let parsed = parser.parse("+\(code)\(example.national)", defaultRegion: example.region)
            // A non-geographic number has no region to read a national form in.
            for style in PhoneNumberStyle.allCases where !(example.region == "001" && style == .national) {
                guard let written = parser.format(parsed, as: style) else {
                    failures.append("\(example) has no \(style) form")
                    continue
                }
                let again = parser.parse(written, defaultRegion: example.region)
                if again.e164 != parsed.e164 { failures.append("\(example) \(style) '\(written)' → \(again.e164 ?? "nil")") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(30))")
    }
}
