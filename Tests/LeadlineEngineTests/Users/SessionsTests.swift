import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import SQLKit
import Testing

@Suite struct SessionsTests {
    private static let password = "correct horse battery"

    private func withAccount(
        _ engine: Engine, _ body: (Sessions, ManualClock, User, Store) async throws -> Void
    ) async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
        try await TestStore.with(engine, clock: clock.now, skip: { try Test.cancel(Comment(rawValue: $0)) }) { store in
            let tenant = try await store.tenants.create(name: "acme")
            let user = try await UserAccounts.create(
                NewUser(name: "Ana", email: "ana@example.com", role: .supervisor, password: Self.password), tenantID: tenant.id, by: nil, store: store)
            try await body(Sessions(store: store, clock: clock.now), clock, user, store)
        }
    }

    @Test(arguments: Engine.allCases)
    func aRightPasswordOpensASessionStoredOnlyAsADigest(engine: Engine) async throws {
        try await withAccount(engine) { sessions, _, user, store in
            let opened = try await sessions.signIn(email: " ANA@example.com", password: Self.password)
            #expect(opened.user.id == user.id && opened.secret != opened.csrfToken)
            #expect(try await sessions.resume(secret: opened.secret)?.csrfToken == opened.csrfToken)
            let stored = try await store.database.read { sql in
                try await sql.raw("SELECT secret_hash, csrf_token FROM sessions").all().map { try $0.decode(column: "secret_hash", as: String.self) }
            }
            #expect(stored == [TokenSecret.hash(opened.secret)])
            let hash = try #require(try await store.users.credentials(email: user.email)).passwordHash
            #expect(hash.hasPrefix("$2") && !hash.contains(Self.password))
            try await sessions.signOut(secret: opened.secret)
            #expect(try await sessions.resume(secret: opened.secret) == nil)
        }
    }

    @Test(arguments: Engine.allCases)
    func wrongPasswordsUnknownEmailsAndDisabledUsersGetOneAnswer(engine: Engine) async throws {
        try await withAccount(engine) { sessions, _, user, store in
            await #expect(throws: Sessions.SignInFailure.wrongCredentials) { try await sessions.signIn(email: user.email, password: "wrong password!") }
            await #expect(throws: Sessions.SignInFailure.wrongCredentials) { try await sessions.signIn(email: "nobody@example.com", password: Self.password) }
            _ = try await UserAccounts.setDisabled(true, id: user.id, by: nil, store: store)
            await #expect(throws: Sessions.SignInFailure.wrongCredentials) { try await sessions.signIn(email: user.email, password: Self.password) }
            #expect(try await store.database.read { sql in try await sql.raw("SELECT COUNT(*) AS n FROM sessions").first()!.decode(column: "n", as: Int.self) } == 0)
        }
    }

    @Test(arguments: Engine.allCases)
    func repeatedFailuresMakeTheNextTryWaitLongerAndLonger(engine: Engine) async throws {
        try await withAccount(engine) { sessions, clock, user, _ in
            for _ in 0..<SignInThrottle.freeFailures + 1 {
                await #expect(throws: Sessions.SignInFailure.wrongCredentials) { try await sessions.signIn(email: user.email, password: "wrong password!") }
            }
            // Even the right password waits: the guesser learns nothing during the delay.
            let retryAt = clock.now().addingTimeInterval(SignInThrottle.firstDelay)
            await #expect(throws: Sessions.SignInFailure.tooManyFailures(retryAt: retryAt)) { try await sessions.signIn(email: user.email, password: Self.password) }
            clock.advance(SignInThrottle.firstDelay)
            await #expect(throws: Sessions.SignInFailure.wrongCredentials) { try await sessions.signIn(email: user.email, password: "wrong again!!") }
            await #expect(throws: Sessions.SignInFailure.tooManyFailures(retryAt: clock.now().addingTimeInterval(2 * SignInThrottle.firstDelay))) {
                try await sessions.signIn(email: user.email, password: Self.password)
            }
            clock.advance(2 * SignInThrottle.firstDelay)
            _ = try await sessions.signIn(email: user.email, password: Self.password)
            await #expect(throws: Sessions.SignInFailure.wrongCredentials) { try await sessions.signIn(email: user.email, password: "wrong password!") }
        }
    }

    @Test func theDelayGrowsAndIsBounded() {
        var previous: TimeInterval = 0
        for failures in 0...60 {
            let delay = SignInThrottle.delay(afterFailures: failures)
            #expect(delay >= previous && delay <= SignInThrottle.longestDelay)
            if failures <= SignInThrottle.freeFailures { #expect(delay == 0) }
            previous = delay
        }
        #expect(previous == SignInThrottle.longestDelay)
    }

    @Test(arguments: Engine.allCases)
    func aSessionEndsAfterItsIdleTimeAndIsExtendedByUse(engine: Engine) async throws {
        try await withAccount(engine) { sessions, clock, user, _ in
            let opened = try await sessions.signIn(email: user.email, password: Self.password)
            clock.advance(sessions.idleTimeout * 0.9)
            #expect(try await sessions.resume(secret: opened.secret) != nil, "used before its end, and so extended")
            clock.advance(sessions.idleTimeout * 0.9)
            #expect(try await sessions.resume(secret: opened.secret) != nil)
            clock.advance(sessions.idleTimeout + 1)
            #expect(try await sessions.resume(secret: opened.secret) == nil)
        }
    }

    @Test func badUserInputIsRefusedWhole() {
        #expect(throws: ValidationFailure([
            FieldIssue(field: "name", reason: "must not be empty"),
            FieldIssue(field: "email", reason: "must be an email address such as ana@example.com"),
            FieldIssue(field: "password", reason: "must be at least 12 characters"),
        ])) { try NewUser(name: " ", email: "ana@", role: .agent, password: "short").checked() }
        #expect(throws: ValidationFailure.self) { try NewUser(name: "A", email: "a@b.c", role: .agent, password: String(repeating: "é", count: 40)).checked() }
    }
}
