import Foundation

/// Reads phone numbers as people write them into E.164, region, type and a verdict, exactly by
/// libphonenumber's numbering plans.
public struct PhoneNumberParser: Sendable {
    let tables: PhoneTables

    /// Nationally written numbers have at most 17 digits in any plan; more is not a number.
    static let maximumDigits = 17

    public init(tables: PhoneTables = .shipped) {
        self.tables = tables
    }

    /// Parses `text`; `defaultRegion` (the list's) is used when the text has no country code.
    public func parse(_ text: String, defaultRegion: String? = nil) -> ParsedPhoneNumber {
        guard text.utf8.count <= 250, let input = PhoneInputText(text), !input.digits.isEmpty else {
            return .refused(text, .notANumber)
        }
        var digits = input.digits[...]
        var home = defaultRegion.flatMap { tables.territories[$0] ?? tables.territories[$0.uppercased()] }
        var international = input.hasPlus
        if !international, let territory = home, let idd = territory.internationalPrefix?.longestAcceptedPrefix(of: digits),
            idd > 0, countryCode(in: digits.dropFirst(idd)) != nil
        {
            digits = digits.dropFirst(idd)
            international = true
        }
        let code: Int
        if international {
            guard let (found, length) = countryCode(in: digits) else { return .refused(text, .invalidCountryCode) }
            code = found
            digits = digits.dropFirst(length)
            if home?.countryCode != code { home = nil }
            // `+44 (0)20 …`: a national prefix written after the country code goes too.
            if let territory = home ?? tables.byCountryCode[code]?.first {
                digits = stripNationalPrefix(digits, in: territory)[...]
            }
        } else {
            guard let territory = home else { return .refused(text, .invalidCountryCode) }
            code = territory.countryCode
            digits = stripNationalPrefix(digits, in: territory)[...]
            digits = stripCountryCode(digits, in: territory)[...]
        }
        var result = classify(Array(digits), countryCode: code, preferring: home)
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
            if tables.byCountryCode[code] != nil { return (code, index + 1) }
        }
        return nil
    }

    /// The number without its national prefix (the `0` of GB, the `1` of NANP, or what the plan's
    /// parsing pattern names) when that makes it valid, or at least of a possible length where it
    /// was not: stripping never turns a good number into a worse one, so parsing an E.164 result
    /// again gives the same number.
    private func stripNationalPrefix(_ digits: ArraySlice<UInt8>, in territory: PhoneTerritory) -> [UInt8] {
        let original = Array(digits)
        var stripped: [UInt8]?
        if let prefixes = territory.nationalPrefixes {
            stripped = prefixes.longestAcceptedPrefix(of: original).map { Array(original.dropFirst($0)) }
        } else if let parser = territory.nationalPrefixParser {
            stripped = parser.strip(original)
        } else if let prefix = territory.nationalPrefix?.utf8, original.starts(with: prefix) {
            stripped = Array(original.dropFirst(prefix.count))
        }
        guard let stripped, !stripped.isEmpty, stripped != original else { return original }
        if isValid(stripped, in: territory) { return stripped }
        if isValid(original, in: territory) { return original }
        let lengths = territory.possibleLengths
        return !lengths.contains(original.count) && lengths.contains(stripped.count) ? stripped : original
    }

    /// A nationally written number that starts with its own country code, such as `49 30 1234567`
    /// in Germany, loses it when only the shorter number is valid.
    private func stripCountryCode(_ digits: ArraySlice<UInt8>, in territory: PhoneTerritory) -> [UInt8] {
        let original = Array(digits)
        let code = Array(String(territory.countryCode).utf8)
        guard original.starts(with: code) else { return original }
        let rest = Array(original.dropFirst(code.count))
        return !isValid(original, in: territory) && isValid(rest, in: territory) ? rest : original
    }

    private func isValid(_ digits: [UInt8], in territory: PhoneTerritory) -> Bool {
        let mask = territory.numbers.classify(digits)
        return mask & 1 != 0 && mask & ~1 != 0
    }

    /// The verdict on a national number under a country code: its region, type and validity.
    private func classify(_ national: [UInt8], countryCode: Int, preferring home: PhoneTerritory?) -> ParsedPhoneNumber {
        let candidates = tables.byCountryCode[countryCode] ?? []
        func verdict(in territory: PhoneTerritory) -> ParsedPhoneNumber? {
            let mask = territory.numbers.classify(national)
            guard mask & 1 != 0, mask & ~1 != 0 else { return nil }
            let nationalText = String(decoding: national, as: UTF8.self)
            return ParsedPhoneNumber(
                input: "", e164: territory.e164Prefix + nationalText, countryCode: countryCode, nationalNumber: nationalText,
                region: territory.region, type: Self.type(of: mask, in: territory), verdict: .valid, problem: nil, extension: nil)
        }
        if let home, let found = verdict(in: home) { return found }
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
        let nationalText = String(decoding: national, as: UTF8.self)
        return ParsedPhoneNumber(
            input: "", e164: territory.e164Prefix + nationalText, countryCode: countryCode, nationalNumber: nationalText,
            region: territory.region, type: .unknown, verdict: .possible, problem: nil, extension: nil)
    }

    /// The type a mask names; fixed line and mobile together read as either.
    private static func type(of mask: UInt16, in territory: PhoneTerritory) -> PhoneType {
        // Bits 1 and 2 are fixed line and mobile, in the generator's order.
        if mask & 0b110 == 0b110 { return .fixedLineOrMobile }
        return territory.types.first { mask & $0.bit != 0 }?.type ?? .unknown
    }
}
