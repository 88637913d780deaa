import Foundation

/// The time zones of US states and territories and Canadian provinces and territories.
///
/// A state split across zones lists every zone it spans, most populous first: a contact known
/// only by such a state is called when it is a legal hour in all of them.
public enum SubdivisionZones {
    public static let unitedStates: [String: [String]] = [
        "AL": ["America/Chicago"], "AK": ["America/Anchorage", "America/Adak"], "AZ": ["America/Phoenix", "America/Denver"],
        "AR": ["America/Chicago"], "CA": ["America/Los_Angeles"], "CO": ["America/Denver"], "CT": ["America/New_York"],
        "DE": ["America/New_York"], "DC": ["America/New_York"], "FL": ["America/New_York", "America/Chicago"],
        "GA": ["America/New_York"], "HI": ["Pacific/Honolulu"], "ID": ["America/Boise", "America/Los_Angeles"],
        "IL": ["America/Chicago"], "IN": ["America/Indiana/Indianapolis", "America/Chicago"], "IA": ["America/Chicago"],
        "KS": ["America/Chicago", "America/Denver"], "KY": ["America/New_York", "America/Chicago"], "LA": ["America/Chicago"],
        "ME": ["America/New_York"], "MD": ["America/New_York"], "MA": ["America/New_York"],
        "MI": ["America/Detroit", "America/Menominee"], "MN": ["America/Chicago"], "MS": ["America/Chicago"],
        "MO": ["America/Chicago"], "MT": ["America/Denver"], "NE": ["America/Chicago", "America/Denver"],
        "NV": ["America/Los_Angeles", "America/Denver"], "NH": ["America/New_York"], "NJ": ["America/New_York"],
        "NM": ["America/Denver"], "NY": ["America/New_York"], "NC": ["America/New_York"],
        "ND": ["America/Chicago", "America/Denver"], "OH": ["America/New_York"], "OK": ["America/Chicago"],
        "OR": ["America/Los_Angeles", "America/Boise"], "PA": ["America/New_York"], "RI": ["America/New_York"],
        "SC": ["America/New_York"], "SD": ["America/Chicago", "America/Denver"], "TN": ["America/Chicago", "America/New_York"],
        "TX": ["America/Chicago", "America/Denver"], "UT": ["America/Denver"], "VT": ["America/New_York"],
        "VA": ["America/New_York"], "WA": ["America/Los_Angeles"], "WV": ["America/New_York"], "WI": ["America/Chicago"],
        "WY": ["America/Denver"], "PR": ["America/Puerto_Rico"], "VI": ["America/St_Thomas"], "GU": ["Pacific/Guam"],
        "AS": ["Pacific/Pago_Pago"], "MP": ["Pacific/Saipan"],
    ]

    public static let canada: [String: [String]] = [
        "AB": ["America/Edmonton"], "BC": ["America/Vancouver", "America/Dawson_Creek"], "MB": ["America/Winnipeg"],
        "NB": ["America/Moncton"], "NL": ["America/St_Johns", "America/Goose_Bay"], "NS": ["America/Halifax"],
        "NT": ["America/Yellowknife"], "NU": ["America/Iqaluit", "America/Rankin_Inlet", "America/Cambridge_Bay"],
        "ON": ["America/Toronto", "America/Winnipeg"], "PE": ["America/Halifax"], "QC": ["America/Toronto", "America/Halifax"],
        "SK": ["America/Regina", "America/Edmonton"], "YT": ["America/Whitehorse"],
    ]

    /// The ISO 3166-2 form (`US-TX`, `CA-QC`) of a subdivision written either way; a bare code is
    /// read as a US state first, so `CA` is California.
    public static func isoCode(of subdivision: String) -> String? {
        let code = subdivision.trimmingWhitespace.uppercased()
        if code.hasPrefix("US-") || code.hasPrefix("CA-") { return zones(of: code) == nil ? nil : code }
        if unitedStates[code] != nil { return "US-" + code }
        if canada[code] != nil { return "CA-" + code }
        return nil
    }

    /// The zones of a subdivision written as a bare code (`TX`, `QC`) or in ISO 3166-2 form (`US-TX`, `CA-QC`).
    public static func zones(of subdivision: String) -> [String]? {
        let code = subdivision.trimmingWhitespace.uppercased()
        if code.hasPrefix("US-") { return unitedStates[String(code.dropFirst(3))] }
        if code.hasPrefix("CA-") { return canada[String(code.dropFirst(3))] }
        return unitedStates[code] ?? canada[code]
    }
}
