/// libphonenumber's numbering plans and time-zone map, read from the generated text.
public struct PhoneTables: Sendable {
    /// Geographic regions by ISO code.
    let territories: [String: PhoneTerritory]
    /// Territories by country code, the main one first.
    let byCountryCode: [Int: [PhoneTerritory]]
    /// The same, indexed by country code for lookups without hashing.
    private let byCountryCodeIndex: [[PhoneTerritory]]
    /// E.164 digit prefixes to the IANA zones numbers under them ring in.
    let zonesByPrefix: [Substring: [String]]
    let longestZonePrefix: Int

    /// The tables shipped with Leadline, parsed on first use.
    public static let shipped: PhoneTables = {
        guard let tables = PhoneTables(text: PhoneTablesText.text) else {
            preconditionFailure("the generated phone tables do not parse; run Scripts/generate-phone-metadata.py again")
        }
        return tables
    }()

    /// The bit of each type in the generated masks, in the generator's order.
    static let typeBits: [(name: Substring, type: PhoneType?)] = [
        ("generalDesc", nil), ("fixedLine", .fixedLine), ("mobile", .mobile), ("tollFree", .tollFree),
        ("premiumRate", .premiumRate), ("sharedCost", .sharedCost), ("personalNumber", .personalNumber), ("voip", .voip),
        ("pager", .pager), ("uan", .uan), ("voicemail", .voicemail),
    ]

    init?(text: String) {
        var territories: [String: PhoneTerritory] = [:]
        var byCountryCode: [Int: [PhoneTerritory]] = [:]
        var zones: [Substring: [String]] = [:]
        var header: [Substring] = []
        var types: [PhoneTypeRule] = []
        var formats: [PhoneNumberFormat] = []
        var numbers: DigitAutomaton?
        var internationalPrefix: DigitAutomaton?
        var nationalPrefixes: DigitAutomaton?

        func value(_ field: Substring) -> String? { field == "-" ? nil : String(field) }
        func lengths(_ field: Substring) -> [Int] { field == "-" ? [] : field.split(separator: ",").compactMap { Int($0) } }
        func finish() -> Bool {
            guard !header.isEmpty else { return true }
            guard header.count == 10, let code = Int(header[2]), let automaton = numbers else { return false }
            let territory = PhoneTerritory(
                region: String(header[1]), countryCode: code, isMainForCountryCode: header[3] == "1",
                nationalPrefix: value(header[5]), nationalPrefixFormattingRule: value(header[9]),
                numbers: automaton, internationalPrefix: internationalPrefix, types: types, formats: formats,
                nationalPrefixes: nationalPrefixes,
                nationalPrefixParser: nationalPrefixes != nil ? nil
                    : value(header[6]).flatMap { NationalPrefixParser(pattern: $0, transform: value(header[7])) })
            // Non-geographic services all carry region 001; they are found by country code only.
            if territory.region != "001" { territories[territory.region] = territory }
            byCountryCode[code, default: []].append(territory)
            header = []
            types = []
            formats = []
            numbers = nil
            internationalPrefix = nil
            nationalPrefixes = nil
            return true
        }

        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "T":
                guard finish() else { return nil }
                header = fields
            case "P":
                guard fields.count == 5, let bit = Self.typeBits.firstIndex(where: { $0.name == fields[1] }),
                    let type = Self.typeBits[bit].type
                else { return nil }
                types.append(PhoneTypeRule(
                    type: type, bit: 1 << UInt16(bit), lengths: lengths(fields[2]), example: value(fields[4])))
            case "F":
                guard fields.count == 6 else { return nil }
                formats.append(PhoneNumberFormat(
                    pattern: String(fields[1]), format: String(fields[2]), leadingDigits: value(fields[3]),
                    nationalPrefixFormattingRule: value(fields[4]), internationalFormat: value(fields[5])))
            case "D":
                guard fields.count == 2 else { return nil }
                numbers = DigitAutomaton(encoded: fields[1])
            case "I":
                guard fields.count == 2 else { return nil }
                internationalPrefix = DigitAutomaton(encoded: fields[1])
            case "N":
                guard fields.count == 2 else { return nil }
                nationalPrefixes = DigitAutomaton(encoded: fields[1])
            case "Z":
                guard finish(), fields.count == 3 else { return nil }
                zones[fields[1]] = fields[2].split(separator: "&").map(String.init)
            default:
                return nil
            }
        }
        guard finish(), !territories.isEmpty else { return nil }
        self.territories = territories
        let ordered = byCountryCode.mapValues { list in
            list.sorted { ($0.isMainForCountryCode ? 0 : 1, $0.region) < ($1.isMainForCountryCode ? 0 : 1, $1.region) }
        }
        self.byCountryCode = ordered
        byCountryCodeIndex = (0..<1000).map { ordered[$0] ?? [] }
        zonesByPrefix = zones
        longestZonePrefix = zones.keys.map(\.count).max() ?? 0
    }

    /// The plans under a country code, the main one first; empty for an unknown code.
    func territories(forCountryCode code: Int) -> [PhoneTerritory] {
        code >= 0 && code < byCountryCodeIndex.count ? byCountryCodeIndex[code] : []
    }

    /// Country calling codes whose mobile numbers are tied to a place, as libphonenumber lists
    /// them: Mexico, Argentina, Brazil, Indonesia and China.
    static let geographicMobileCountryCodes: Set<Int> = [52, 54, 55, 62, 86]

    /// The IANA zones a number of `type` rings in, as libphonenumber's time-zone mapper answers:
    /// a geographical number (fixed lines, and mobiles where they are tied to a place) by the
    /// longest matching prefix; any other number anywhere in its country, so every zone of the
    /// country code; a number of unknown type, none.
    public func timeZones(ofE164 e164: String, type: PhoneType) -> [String] {
        switch type {
        case .unknown:
            return []
        case .fixedLine, .fixedLineOrMobile:
            return timeZones(ofE164: e164)
        case .mobile where countryCode(ofE164: e164).map(Self.geographicMobileCountryCodes.contains) == true:
            return timeZones(ofE164: e164)
        default:
            return countryCode(ofE164: e164).flatMap { zonesByPrefix[Substring(String($0))] } ?? []
        }
    }

    /// The country calling code an E.164 number starts with; nil when none does.
    func countryCode(ofE164 e164: String) -> Int? {
        let digits = e164.utf8.first == UInt8(ascii: "+") ? e164.dropFirst() : Substring(e164)
        return (1...3).lazy.compactMap { length in
            Int(digits.prefix(length)).flatMap { self.territories(forCountryCode: $0).isEmpty ? nil : $0 }
        }.first
    }

    /// The IANA zones under the longest prefix of a number in E.164 the map holds; empty when none.
    func timeZones(ofE164 e164: String) -> [String] {
        let digits = e164.utf8.first == UInt8(ascii: "+") ? Substring(e164.dropFirst()) : Substring(e164)
        var length = min(digits.count, longestZonePrefix)
        while length > 0 {
            if let zones = zonesByPrefix[digits.prefix(length)] { return zones }
            length -= 1
        }
        return []
    }
}
