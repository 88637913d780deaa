/// What the phone engine makes of a number as a person wrote it.
public struct ParsedPhoneNumber: Sendable, Equatable {
    public var input: String
    /// `+` country code national number; nil when the number is invalid.
    public var e164: String?
    public var countryCode: Int?
    /// The ISO region the number belongs to (`001` for non-geographic services).
    public var region: String?
    public var type: PhoneType
    public var verdict: PhoneVerdict
    /// Why an invalid number is invalid.
    public var problem: PhoneProblem?
    public var `extension`: String?

    /// The national significant number, digits only: the E.164 form after `+` and the country code.
    /// Derived rather than stored, so that parsing builds one string per number.
    public var nationalNumber: String? {
        guard let e164, let countryCode else { return nil }
        return String(e164.utf8.dropFirst(1 + String(countryCode).utf8.count))
    }

    static func refused(_ input: String, _ problem: PhoneProblem, countryCode: Int? = nil, region: String? = nil) -> ParsedPhoneNumber {
        ParsedPhoneNumber(
            input: input, e164: nil, countryCode: countryCode, region: region, type: .unknown,
            verdict: .invalid, problem: problem, extension: nil)
    }
}

/// How far a number can be trusted.
public enum PhoneVerdict: String, Sendable, Codable {
    /// It matches a number range of its region.
    case valid
    /// It has a length numbers of its region have, but matches no known range.
    case possible
    case invalid
}

/// Why a number is invalid.
public enum PhoneProblem: String, Sendable, Codable, CustomStringConvertible {
    case notANumber = "not_a_number"
    case invalidCountryCode = "invalid_country_code"
    case tooShort = "too_short"
    case tooLong = "too_long"
    case invalidLength = "invalid_length"

    public var description: String {
        switch self {
        case .notANumber: "is not a phone number"
        case .invalidCountryCode: "has no known country code (write it with + and the country code, or set the list's default region)"
        case .tooShort: "is too short for its country"
        case .tooLong: "is too long for its country"
        case .invalidLength: "has a length no number of its country has"
        }
    }
}
