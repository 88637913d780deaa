import Foundation
import LeadlineCore
import LeadlineStore
import LeadlineTestSupport
import SQLKit
import Testing

@Suite struct UserRepositoryTests {
    private func user(_ email: String, role: Role = .supervisor) -> NewUser {
        NewUser(name: "Ana", email: email, role: role, password: "correct horse battery")
    }

    @Test(arguments: Engine.allCases)
    func anEmailSignsInOnePersonWhateverItsCase(engine: Engine) async throws {
        try await withStore(engine) { store in
            let tenant = try await store.tenants.create(name: "acme")
            #expect(try await !store.users.hasAny())
            let made = try await store.users.create(try user("Ana@Example.com").checked(), passwordHash: "hash", tenantID: tenant.id)
            #expect(made.email == "ana@example.com")
            #expect(try await store.users.hasAny())
            await #expect(throws: DomainError.conflict(field: "email", reason: "another user already signs in with ana@example.com")) {
                try await store.users.create(try user("ANA@example.com").checked(), passwordHash: "other", tenantID: tenant.id)
            }
            let found = try #require(try await store.users.credentials(email: "ANA@EXAMPLE.COM"))
            #expect(found.user == made && found.passwordHash == "hash" && found.failedSignIns == 0)
            #expect(try await store.users.list(tenantID: tenant.id) == [made])
        }
    }

    @Test(arguments: Engine.allCases)
    func anotherTenantsUserIsNotFound(engine: Engine) async throws {
        try await withStore(engine) { store in
            let acme = try await store.tenants.create(name: "acme")
            let other = try await store.tenants.create(name: "other")
            let made = try await store.users.create(try user("ana@example.com").checked(), passwordHash: "hash", tenantID: acme.id)
            #expect(try await store.users.find(id: made.id, tenantID: other.id) == nil)
            #expect(try await store.users.list(tenantID: other.id).isEmpty)
            await #expect(throws: DomainError.notFound("user \(made.id) does not exist")) {
                try await store.users.setDisabled(true, id: made.id, tenantID: other.id)
            }
            #expect(try await store.users.find(id: made.id, tenantID: acme.id)?.disabledAt == nil)
        }
    }

    @Test(arguments: Engine.allCases)
    func failuresCountUntilASignInSucceeds(engine: Engine) async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
        try await withStore(engine, clock: clock.now) { store in
            let tenant = try await store.tenants.create(name: "acme")
            let made = try await store.users.create(try user("ana@example.com").checked(), passwordHash: "hash", tenantID: tenant.id)
            try await store.users.recordFailedSignIn(userID: made.id)
            clock.advance(5)
            try await store.users.recordFailedSignIn(userID: made.id)
            var found = try #require(try await store.users.credentials(email: made.email))
            #expect(found.failedSignIns == 2 && found.lastFailedAt == clock.now())
            try await store.users.recordSignIn(userID: made.id)
            found = try #require(try await store.users.credentials(email: made.email))
            #expect(found.failedSignIns == 0 && found.lastFailedAt == nil && found.user.lastSignInAt == clock.now())
        }
    }

    @Test(arguments: Engine.allCases)
    func aSessionLastsUntilItExpiresIsClosedOrItsUserIsDisabled(engine: Engine) async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
        try await withStore(engine, clock: clock.now) { store in
            let tenant = try await store.tenants.create(name: "acme")
            let made = try await store.users.create(try user("ana@example.com").checked(), passwordHash: "hash", tenantID: tenant.id)
            try await store.users.openSession(userID: made.id, secretHash: "s1", csrfToken: "t1", expiresAt: clock.now().addingTimeInterval(60))
            #expect(try await store.users.session(secretHash: "s1")?.csrfToken == "t1")
            #expect(try await store.users.session(secretHash: "s2") == nil)
            clock.advance(61)
            #expect(try await store.users.session(secretHash: "s1") == nil, "expired")
            try await store.users.extendSession(secretHash: "s1", expiresAt: clock.now().addingTimeInterval(60))
            #expect(try await store.users.session(secretHash: "s1")?.user == made)
            try await store.users.closeSession(secretHash: "s1")
            #expect(try await store.users.session(secretHash: "s1") == nil, "closed")
            try await store.users.openSession(userID: made.id, secretHash: "s3", csrfToken: "t3", expiresAt: clock.now().addingTimeInterval(60))
            let disabled = try await store.users.setDisabled(true, id: made.id, tenantID: tenant.id)
            #expect(disabled.disabledAt == clock.now())
            #expect(try await store.users.session(secretHash: "s3") == nil, "a disabled user's sessions end")
            #expect(try await store.users.setDisabled(false, id: made.id, tenantID: nil).disabledAt == nil)
            #expect(try await store.users.session(secretHash: "s3") == nil, "and do not come back when enabled again")
        }
    }
}
