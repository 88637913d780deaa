import Foundation
import LeadlineCore

/// A user as the sign-in check needs it: the hash to compare and the failures so far.
public struct UserCredentials: Sendable {
    public var user: User
    public var passwordHash: String
    public var failedSignIns: Int
    public var lastFailedAt: Date?
}

/// A live session: whose it is and the token its forms must carry.
public struct SessionRecord: Sendable, Equatable {
    public var user: User
    public var csrfToken: String
    public var expiresAt: Date
}

/// People who sign in, and their sessions. Passwords arrive already hashed; session secrets
/// arrive as their digests, so neither is ever stored as given.
public protocol UserRepository: Sendable {
    /// Creates a user from a checked input; an email already taken is a conflict on `email`.
    func create(_ user: NewUser, passwordHash: String, tenantID: Int64) async throws -> User
    func list(tenantID: Int64) async throws -> [User]
    func find(id: Int64, tenantID: Int64) async throws -> User?
    /// Whether any user exists, so that the first start (or the first after an upgrade) makes an administrator.
    func hasAny() async throws -> Bool
    /// The user who signs in with this email, enabled or not; nil when nobody does.
    func credentials(email: String) async throws -> UserCredentials?
    func recordFailedSignIn(userID: Int64) async throws
    func recordSignIn(userID: Int64) async throws
    /// Disables or enables a user of `tenantID` (any tenant when nil); disabling ends its sessions.
    func setDisabled(_ disabled: Bool, id: Int64, tenantID: Int64?) async throws -> User

    func openSession(userID: Int64, secretHash: String, csrfToken: String, expiresAt: Date) async throws
    /// The session with this digest, when it has not expired and its user is enabled.
    func session(secretHash: String) async throws -> SessionRecord?
    func extendSession(secretHash: String, expiresAt: Date) async throws
    func closeSession(secretHash: String) async throws
}
