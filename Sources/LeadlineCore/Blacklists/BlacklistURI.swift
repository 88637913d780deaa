/// What a do-not-contact entry blocks: one number, every number under a prefix, one email
/// address, or every address of a domain (and its subdomains).
public enum BlacklistURI: Sendable, Hashable, CustomStringConvertible {
    /// E.164, `+14155550100`.
    case number(String)
    /// `+1415`, written `+1415*`: an area code, a range.
    case numberPrefix(String)
    /// Lowercased.
    case email(String)
    /// Lowercased, written `@example.com`.
    case emailDomain(String)

    /// The text stored and shown: `+14155550100`, `+1415*`, `ann@example.com`, `@example.com`.
    public var description: String {
        switch self {
        case .number(let number): number
        case .numberPrefix(let prefix): prefix + "*"
        case .email(let address): address
        case .emailDomain(let domain): "@" + domain
        }
    }

    public var kind: String {
        switch self {
        case .number: "number"
        case .numberPrefix: "number_prefix"
        case .email: "email"
        case .emailDomain: "email_domain"
        }
    }

    /// Reads an entry as a person writes it. A number without `+` is read in `defaultRegion`.
    public static func parse(_ text: String, defaultRegion: String? = nil) throws(ValidationFailure) -> BlacklistURI {
        let trimmed = text.trimmingWhitespace
        func refuse(_ reason: String) -> ValidationFailure { ValidationFailure(field: "uri", reason: "'\(trimmed.prefix(60))' \(reason)") }
        guard !trimmed.isEmpty, trimmed.count <= 254 else { throw ValidationFailure(field: "uri", reason: "must be 1 to 254 characters") }
        if trimmed.hasSuffix("*") && !trimmed.contains("@") {
            let digits = trimmed.dropLast().filter { !" -.()".contains($0) }
            guard digits.hasPrefix("+"), digits.count >= 2, digits.count <= 16, digits.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw refuse("is no number prefix: write + and the country code, then any digits, then *, as in +1415*")
            }
            return .numberPrefix(String(digits))
        }
        if trimmed.contains("@") {
            let domainOnly = trimmed.hasPrefix("@") || trimmed.hasPrefix("*@")
            let domain = String(trimmed.drop(while: { $0 != "@" }).dropFirst()).lowercased()
            if domainOnly {
                guard isDomain(domain) else { throw refuse("is no email domain: write @example.com") }
                return .emailDomain(domain)
            }
            guard let address = EmailAddress.normalized(trimmed) else { throw refuse("is no email address") }
            return .email(address.lowercased())
        }
        if trimmed.contains("."), trimmed.contains(where: \.isLetter), isDomain(trimmed.lowercased()) {
            return .emailDomain(trimmed.lowercased())
        }
        let parsed = PhoneNumberParser.shared.parse(trimmed, defaultRegion: defaultRegion)
        guard let e164 = parsed.e164 else {
            throw refuse(defaultRegion == nil && !trimmed.hasPrefix("+")
                ? "is no number in international form (+ and the country code), no prefix (+1415*), email or @domain"
                : "is no phone number: \(parsed.verdict)")
        }
        return .number(e164)
    }

    private static func isDomain(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }
}
