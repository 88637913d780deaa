import Foundation
import LeadlineCore
import LeadlineStore

/// Signing in with an email and a password, and the session that follows: its secret lives in
/// the person's cookie, its digest in the database, so any server of several accepts it.
public struct Sessions: Sendable {
    public let store: Store
    public let clock: @Sendable () -> Date
    /// How long a session lasts without use; each use moves the end forward.
    public var idleTimeout: TimeInterval = 8 * 3600

    public init(store: Store, clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.clock = clock
    }

    public struct Opened: Sendable {
        public var user: User
        /// For the cookie; shown nowhere else and stored only as a digest.
        public var secret: String
        public var csrfToken: String
        public var expiresAt: Date
    }

    public enum SignInFailure: Error, Sendable, Equatable {
        /// The same answer for an unknown email, a wrong password and a disabled user, so that
        /// the page tells a guesser nothing.
        case wrongCredentials
        /// Too many failures in a row: the next try is checked only after this time.
        case tooManyFailures(retryAt: Date)
    }

    public func signIn(email: String, password: String) async throws -> Opened {
        guard let found = try await store.users.credentials(email: email.trimmingCharacters(in: .whitespaces)) else {
            _ = Passwords.verify(password, hash: Passwords.decoy)
            throw SignInFailure.wrongCredentials
        }
        let now = clock()
        if let retryAt = SignInThrottle.nextTry(failures: found.failedSignIns, lastFailure: found.lastFailedAt), retryAt > now {
            throw SignInFailure.tooManyFailures(retryAt: retryAt)
        }
        guard Passwords.verify(password, hash: found.passwordHash), found.user.disabledAt == nil else {
            try await store.users.recordFailedSignIn(userID: found.user.id)
            throw SignInFailure.wrongCredentials
        }
        try await store.users.recordSignIn(userID: found.user.id)
        let opened = Opened(
            user: found.user, secret: TokenSecret.generate(), csrfToken: TokenSecret.generate(), expiresAt: now.addingTimeInterval(idleTimeout))
        try await store.users.openSession(
            userID: found.user.id, secretHash: TokenSecret.hash(opened.secret), csrfToken: opened.csrfToken, expiresAt: opened.expiresAt)
        return opened
    }

    /// The live session a cookie names, its end moved forward when a tenth of it has passed
    /// (not on every request, which would make every page view a write).
    public func resume(secret: String) async throws -> SessionRecord? {
        guard secret.count <= 512 else { return nil }
        let digest = TokenSecret.hash(secret)
        guard var session = try await store.users.session(secretHash: digest) else { return nil }
        let renewed = clock().addingTimeInterval(idleTimeout)
        if renewed.timeIntervalSince(session.expiresAt) > idleTimeout / 10 {
            try await store.users.extendSession(secretHash: digest, expiresAt: renewed)
            session.expiresAt = renewed
        }
        return session
    }

    public func signOut(secret: String) async throws {
        try await store.users.closeSession(secretHash: TokenSecret.hash(secret))
    }
}
