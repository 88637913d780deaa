/// One region's numbering plan, as libphonenumber describes it.
struct PhoneTerritory: Sendable {
    /// ISO 3166 region code, or `001` for non-geographic services.
    let region: String
    let countryCode: Int
    /// The region that speaks for a country code several regions share (US for +1).
    let isMainForCountryCode: Bool
    let nationalPrefix: String?
    /// A pattern for what to strip from a nationally written number, where it is more than the prefix.
    let nationalPrefixForParsing: String?
    let nationalPrefixTransformRule: String?
    let nationalPrefixFormattingRule: String?
    let numbers: DigitAutomaton
    let internationalPrefix: DigitAutomaton?
    let types: [PhoneTypeRule]
    let formats: [PhoneNumberFormat]
    let nationalPrefixParser: NationalPrefixParser?

    /// Lengths any type of number may have, national significant digits only.
    var possibleLengths: [Int] { Array(Set(types.flatMap(\.lengths))).sorted() }
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
