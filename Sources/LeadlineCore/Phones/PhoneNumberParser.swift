import Foundation

/// Reads phone numbers as people write them into E.164, region, type and a verdict, exactly by
/// libphonenumber's numbering plans.
public struct PhoneNumberParser: Sendable {
    /// A region resolved once, so that parsing many numbers does not look it up each time.
    public struct PhoneRegion: Sendable {
        let territory: PhoneTerritory
        public var code: String { territory.region }
    }

    let tables: PhoneTables

    /// Nationally written numbers have at most 17 digits in any plan; more is not a number.
    static let maximumDigits = 17

    /// A parser over the shipped tables, for the domain rules to share.
    public static let shared = PhoneNumberParser()

    public init(tables: PhoneTables = .shipped) {
        self.tables = tables
    }

    /// Parses `text`; `defaultRegion` (the list's) is used when the text has no country code.
    public func parse(_ text: String, defaultRegion: String? = nil) -> ParsedPhoneNumber {
        parse(text, in: defaultRegion.flatMap(region))
    }

    /// A region's plan, looked up once for parsing many numbers of one list.
    public func region(_ code: String) -> PhoneRegion? {
        (tables.territories[code] ?? tables.territories[code.uppercased()]).map(PhoneRegion.init)
    }

    /// Parses `text`, reading numbers without a country code in `region`.
    public func parse(_ text: String, in region: PhoneRegion?) -> ParsedPhoneNumber {
        guard text.utf8.count <= 250, let input = PhoneInputText(text), !input.digits.isEmpty else {
            return .refused(text, .notANumber)
        }
        var digits = input.digits[...]
        var home = region?.territory
        var international = input.hasPlus
        if !international, let territory = home, let idd = territory.internationalPrefix?.longestAcceptedPrefix(of: digits),
            idd > 0, countryCode(in: digits.dropFirst(idd)) != nil
        {
            digits = digits.dropFirst(idd)
            international = true
        }
        let code: Int
        var knownMask: UInt16?
        if international {
            guard let (found, length) = countryCode(in: digits) else { return .refused(text, .invalidCountryCode) }
            code = found
            digits = digits.dropFirst(length)
            if home?.countryCode != code { home = nil }
            // `+44 (0)20 …`: a national prefix written after the country code goes too.
            if let territory = home ?? tables.territories(forCountryCode: code).first {
                digits = stripNationalPrefix(digits, in: territory).digits
            }
        } else {
            guard let territory = home else { return .refused(text, .invalidCountryCode) }
            code = territory.countryCode
            let (national, mask) = stripNationalPrefix(digits, in: territory)
            digits = national
            knownMask = mask
            if let withoutCode = stripCountryCode(digits, in: territory, knowing: mask) {
                digits = withoutCode
                knownMask = nil
            }
        }
        var result = classify(digits, countryCode: code, preferring: home, homeMask: knownMask)
        result.input = text
        result.extension = input.extension
        return result
    }

    /// The country code at the start of `digits` and its length.
    private func countryCode(in digits: ArraySlice<UInt8>) -> (Int, Int)? {
        var code = 0
        for (index, digit) in digits.prefix(3).enumerated() {
            code = code * 10 + Int(digit - 48)
            if code == 0 { return nil }
            if !tables.territories(forCountryCode: code).isEmpty { return (code, index + 1) }
        }
        return nil
    }

    /// The number without its national prefix (the `0` of GB, the `1` of NANP, or what the plan's
    /// parsing pattern names) when that makes it valid, or at least of a possible length where it
    /// was not: stripping never turns a good number into a worse one, so parsing an E.164 result
    /// again gives the same number.
    /// Returns the automaton's mask for the result too, when the check already walked it.
    private func stripNationalPrefix(
        _ original: ArraySlice<UInt8>, in territory: PhoneTerritory
    ) -> (digits: ArraySlice<UInt8>, mask: UInt16?) {
        var stripped: ArraySlice<UInt8>?
        if let prefixes = territory.nationalPrefixes {
            stripped = prefixes.longestAcceptedPrefix(of: original).map { original.dropFirst($0) }
        } else if let parser = territory.nationalPrefixParser {
            stripped = parser.strip(Array(original)).map { $0[...] }
        } else if let prefix = territory.nationalPrefixDigits, original.starts(with: prefix) {
            stripped = original.dropFirst(prefix.count)
        }
        guard let stripped, !stripped.isEmpty, stripped.count != original.count || stripped != original else { return (original, nil) }
        let strippedMask = territory.numbers.classify(stripped)
        if Self.isValid(strippedMask) { return (stripped, strippedMask) }
        let originalMask = territory.numbers.classify(original)
        if Self.isValid(originalMask) { return (original, originalMask) }
        let lengths = territory.possibleLengths
        return !lengths.contains(original.count) && lengths.contains(stripped.count) ? (stripped, strippedMask) : (original, originalMask)
    }

    /// A nationally written number that starts with its own country code, such as `49 30 1234567`
    /// in Germany, loses it when only the shorter number is valid.
    private func stripCountryCode(
        _ original: ArraySlice<UInt8>, in territory: PhoneTerritory, knowing mask: UInt16?
    ) -> ArraySlice<UInt8>? {
        let code = territory.countryCodeDigits
        guard original.starts(with: code) else { return nil }
        let rest = original.dropFirst(code.count)
        let originalValid = mask.map(Self.isValid) ?? isValid(original, in: territory)
        return !originalValid && isValid(rest, in: territory) ? rest : nil
    }

    private func isValid(_ digits: ArraySlice<UInt8>, in territory: PhoneTerritory) -> Bool {
        Self.isValid(territory.numbers.classify(digits))
    }

    /// A mask names a valid number when the region's general pattern and some type's both accept it.
    private static func isValid(_ mask: UInt16) -> Bool {
        mask & 1 != 0 && mask & ~1 != 0
    }

    /// The verdict on a national number under a country code: its region, type and validity.
    private func classify(
        _ national: ArraySlice<UInt8>, countryCode: Int, preferring home: PhoneTerritory?, homeMask: UInt16?
    ) -> ParsedPhoneNumber {
        func verdict(in territory: PhoneTerritory, mask known: UInt16? = nil) -> ParsedPhoneNumber? {
            let mask = known ?? territory.numbers.classify(national)
            guard mask & 1 != 0, mask & ~1 != 0 else { return nil }
            return Self.number(national, in: territory, type: Self.type(of: mask, in: territory), verdict: .valid)
        }
        if let home, let found = verdict(in: home, mask: homeMask) { return found }
        let candidates = tables.territories(forCountryCode: countryCode)
        for territory in candidates where territory.region != home?.region {
            if let found = verdict(in: territory) { return found }
        }
        guard let territory = home ?? candidates.first else { return .refused("", .invalidCountryCode) }
        // A local-only length (a number without its area code) cannot be dialled from elsewhere: too short.
        let lengths = territory.possibleLengths
        let problem: PhoneProblem? =
            if national.count > Self.maximumDigits || national.count > (lengths.last ?? 0) { .tooLong }
            else if national.count < (lengths.first ?? 0) { .tooShort }
            else if !lengths.contains(national.count) { .invalidLength }
            else { nil }
        guard problem == nil else { return .refused("", problem!, countryCode: countryCode, region: territory.region) }
        return Self.number(national, in: territory, type: .unknown, verdict: .possible)
    }

    /// A valid or possible number: its E.164 and national forms written straight from the digits.
    private static func number(_ national: ArraySlice<UInt8>, in territory: PhoneTerritory, type: PhoneType, verdict: PhoneVerdict) -> ParsedPhoneNumber {
        let prefix = territory.e164Prefix.utf8
        let e164 = String(unsafeUninitializedCapacity: prefix.count + national.count) { buffer in
            _ = buffer.initialize(fromContentsOf: prefix)
            _ = buffer[prefix.count...].initialize(fromContentsOf: national)
            return prefix.count + national.count
        }
        return ParsedPhoneNumber(
            input: "", e164: e164, countryCode: territory.countryCode, region: territory.region, type: type, verdict: verdict, problem: nil, extension: nil)
    }

    /// The type a mask names; fixed line and mobile together read as either.
    private static func type(of mask: UInt16, in territory: PhoneTerritory) -> PhoneType {
        // Bits 1 and 2 are fixed line and mobile, in the generator's order.
        if mask & 0b110 == 0b110 { return .fixedLineOrMobile }
        return territory.types.first { mask & $0.bit != 0 }?.type ?? .unknown
    }
}
