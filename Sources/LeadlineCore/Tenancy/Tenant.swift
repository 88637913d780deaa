import Foundation

/// An organization: every other object belongs to exactly one.
public struct Tenant: Sendable, Equatable, Codable {
    public var id: Int64
    public var name: String
    public var createdAt: Date

    public init(id: Int64, name: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
    }

    public static let defaultName = "default"

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
