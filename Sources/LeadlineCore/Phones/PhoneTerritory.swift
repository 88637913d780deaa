/// One region's numbering plan, as libphonenumber describes it. A class: the parser passes
/// plans around on every number, and a reference costs one retain where a struct of arrays costs many.
final class PhoneTerritory: Sendable {
    /// ISO 3166 region code, or `001` for non-geographic services.
    let region: String
    let countryCode: Int
    /// The region that speaks for a country code several regions share (US for +1).
    let isMainForCountryCode: Bool
    let nationalPrefix: String?
    let nationalPrefixFormattingRule: String?
    let numbers: DigitAutomaton
    let internationalPrefix: DigitAutomaton?
    let types: [PhoneTypeRule]
    let formats: [PhoneNumberFormat]
    /// The national prefixes to strip, where the plan names them by a pattern without a rewrite.
    let nationalPrefixes: DigitAutomaton?
    /// The plan's pattern and rewrite, for the few plans that rewrite what they strip.
    let nationalPrefixParser: NationalPrefixParser?
    /// `+` and the country code, the start of every E.164 form in the region.
    let e164Prefix: String
    /// The country code's digits as the parser reads them (ASCII bytes).
    let countryCodeDigits: [UInt8]
    /// The national prefix's digits as the parser reads them (ASCII bytes).
    let nationalPrefixDigits: [UInt8]?

    /// Lengths any type of number may have, national significant digits only, ascending.
    let possibleLengths: [Int]

    init(
        region: String, countryCode: Int, isMainForCountryCode: Bool, nationalPrefix: String?, nationalPrefixFormattingRule: String?,
        numbers: DigitAutomaton, internationalPrefix: DigitAutomaton?, types: [PhoneTypeRule], formats: [PhoneNumberFormat],
        nationalPrefixes: DigitAutomaton?, nationalPrefixParser: NationalPrefixParser?
    ) {
        self.region = region
        self.countryCode = countryCode
        self.isMainForCountryCode = isMainForCountryCode
        self.nationalPrefix = nationalPrefix
        self.nationalPrefixFormattingRule = nationalPrefixFormattingRule
        self.numbers = numbers
        self.internationalPrefix = internationalPrefix
        self.types = types
        self.formats = formats
        self.nationalPrefixes = nationalPrefixes
        self.nationalPrefixParser = nationalPrefixParser
        e164Prefix = "+\(countryCode)"
        countryCodeDigits = Array(String(countryCode).utf8)
        nationalPrefixDigits = nationalPrefix.map { Array($0.utf8) }
        possibleLengths = Array(Set(types.flatMap(\.lengths))).sorted()
    }
}

/// The lengths and example of one number type in one region; its bit in the automaton's masks.
struct PhoneTypeRule: Sendable {
    let type: PhoneType
    let bit: UInt16
    let lengths: [Int]
    let example: String?
}

/// A way of grouping a region's numbers for people to read.
struct PhoneNumberFormat: Sendable {
    let pattern: String
    let format: String
    let leadingDigits: String?
    let nationalPrefixFormattingRule: String?
    let internationalFormat: String?
}
