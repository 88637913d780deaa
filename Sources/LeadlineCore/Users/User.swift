import Foundation

/// A person who signs in to the web admin: a name, an email to sign in with, and a role in one
/// tenant. The password is kept only as a bcrypt hash, outside this value.
public struct User: Sendable, Equatable, Codable {
    public var id: Int64
    public var tenantID: Int64
    public var name: String
    /// Stored lowercased: one person, one address, however it is typed.
    public var email: String
    public var role: Role
    public var isSystemAdministrator: Bool
    public var createdAt: Date
    public var disabledAt: Date?
    public var lastSignInAt: Date?

    public init(
        id: Int64, tenantID: Int64, name: String, email: String, role: Role, isSystemAdministrator: Bool,
        createdAt: Date, disabledAt: Date? = nil, lastSignInAt: Date? = nil
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.email = email
        self.role = role
        self.isSystemAdministrator = isSystemAdministrator
        self.createdAt = createdAt
        self.disabledAt = disabledAt
        self.lastSignInAt = lastSignInAt
    }

    public var principal: Principal {
        Principal(holder: .user(id), name: name, tenantID: tenantID, role: role, isSystemAdministrator: isSystemAdministrator)
    }
}

/// What a person gives to make a user, checked whole before anything is written.
public struct NewUser: Sendable, Equatable {
    public var name: String
    public var email: String
    public var role: Role
    public var isSystemAdministrator: Bool
    public var password: String

    public init(name: String, email: String, role: Role, isSystemAdministrator: Bool = false, password: String) {
        self.name = name
        self.email = email
        self.role = role
        self.isSystemAdministrator = isSystemAdministrator
        self.password = password
    }

    /// The shortest password accepted: long enough that the bcrypt hash is what slows a guesser.
    public static let minimumPasswordLength = 12

    /// The same input with its name trimmed and its email lowercased, or every issue at once.
    public func checked() throws(ValidationFailure) -> NewUser {
        var issues = IssueCollector()
        var checked = self
        do { checked.name = try Tenant.validateName(name) } catch { issues = issues.merging(error) }
        do { checked.email = try Self.validateEmail(email) } catch { issues = issues.merging(error) }
        do { try Self.validatePassword(password) } catch { issues = issues.merging(error) }
        try issues.check()
        return checked
    }

    /// One `@`, a dotted domain, no spaces: enough to catch a typo, without pretending to know
    /// whether the mailbox exists.
    public static func validateEmail(_ email: String, field: String = "email") throws(ValidationFailure) -> String {
        let trimmed = email.trimmingWhitespace.lowercased()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard trimmed.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            trimmed.allSatisfy({ !$0.isWhitespace }), !trimmed.containsControlCharacter
        else {
            throw ValidationFailure(field: field, reason: "must be an email address such as ana@example.com")
        }
        return trimmed
    }

    public static func validatePassword(_ password: String, field: String = "password") throws(ValidationFailure) {
        var issues = IssueCollector()
        if password.count < minimumPasswordLength { issues.add(field, "must be at least \(minimumPasswordLength) characters") }
        // bcrypt reads only the first 72 bytes; a longer password would silently match its prefix.
        if password.utf8.count > 72 { issues.add(field, "must be at most 72 bytes") }
        try issues.check()
    }
}
