import Foundation

/// An organization: every other object belongs to exactly one.
public struct Tenant: Sendable, Equatable, Codable {
    public var id: Int64
    public var name: String
    /// The region of numbers written without a country code, in a list that names none.
    public var defaultRegion: String?
    public var createdAt: Date

    public init(id: Int64, name: String, defaultRegion: String? = nil, createdAt: Date) {
        self.id = id
        self.name = name
        self.defaultRegion = defaultRegion
        self.createdAt = createdAt
    }

    public static let defaultName = "default"
    /// The region a new tenant reads national numbers in unless told otherwise.
    public static let newTenantRegion = "US"

    /// A change a person asks for, checked whole: the new name and the new region (`.some(nil)`
    /// clears it), nil for a part left as it is.
    public static func checkedChange(name: String?, defaultRegion: String?) throws(ValidationFailure) -> (name: String?, defaultRegion: String??) {
        var issues = IssueCollector()
        var change: (name: String?, defaultRegion: String??) = (nil, nil)
        if let name { do { change.name = try validateName(name) } catch { issues = issues.merging(error) } }
        if let defaultRegion { do { change.defaultRegion = .some(try validateRegion(defaultRegion)) } catch { issues = issues.merging(error) } }
        try issues.check()
        return change
    }

    /// Checks a region given by a person: empty for none, else an ISO 3166 code with a numbering plan.
    public static func validateRegion(_ region: String, field: String = "defaultRegion") throws(ValidationFailure) -> String? {
        if region.isEmpty { return nil }
        guard region.count == 2, region.allSatisfy({ $0.isASCII && $0.isUppercase }), PhoneNumberParser.shared.region(region) != nil else {
            throw ValidationFailure(field: field, reason: "must be a two-letter ISO 3166 region code with a numbering plan, such as US or GB")
        }
        return region
    }

    /// Checks a tenant name given by a person: 1 to 100 printable characters.
    public static func validateName(_ name: String, field: String = "name") throws(ValidationFailure) -> String {
        let trimmed = name.trimmingWhitespace
        var issues = IssueCollector()
        if trimmed.isEmpty { issues.add(field, "must not be empty") }
        if trimmed.count > 100 { issues.add(field, "must be at most 100 characters") }
        if trimmed.containsControlCharacter {
            issues.add(field, "must not contain control characters")
        }
        try issues.check()
        return trimmed
    }
}
