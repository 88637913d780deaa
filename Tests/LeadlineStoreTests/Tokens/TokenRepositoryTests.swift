import LeadlineCore
import LeadlineStore
import SQLKit
import Testing

@Suite struct TokenRepositoryTests {
    @Test(arguments: Engine.allCases)
    func theLastSystemAdministratorTokenCannotBeRevoked(engine: Engine) async throws {
        try await withStore(engine) { store in
            let tenant = try await store.tenants.create(name: "acme")
            let (first, _) = try await store.tokens.create(tenantID: tenant.id, name: "root", role: .admin, isSystemAdministrator: true, secret: nil)
            await #expect(throws: DomainError.self) { try await store.tokens.revoke(id: first.id, tenantID: nil) }
            #expect(try await store.tokens.hasLiveSystemAdministrator())
            let (second, _) = try await store.tokens.create(tenantID: tenant.id, name: "ops", role: .admin, isSystemAdministrator: true, secret: nil)
            #expect(try await store.tokens.revoke(id: first.id, tenantID: nil).revokedAt != nil)
            await #expect(throws: DomainError.self) { try await store.tokens.revoke(id: second.id, tenantID: tenant.id) }
        }
    }

    @Test(arguments: Engine.allCases)
    func tokensAuthenticateUntilRevoked(engine: Engine) async throws {
        try await withStore(engine) { store in
            let tenant = try await store.tenants.create(name: "acme")
            let (record, secret) = try await store.tokens.create(tenantID: tenant.id, name: "dialer", role: .agent, isSystemAdministrator: false, secret: nil)
            #expect(secret.hasPrefix("ll_") && secret.count == 46)
            #expect(try await store.tokens.authenticate(secret: secret) == record)
            #expect(try await store.tokens.authenticate(secret: secret + "x") == nil)
            let revoked = try await store.tokens.revoke(id: record.id, tenantID: tenant.id)
            #expect(revoked.revokedAt != nil)
            #expect(try await store.tokens.authenticate(secret: secret) == nil)
        }
    }

    @Test(arguments: Engine.allCases)
    func secretsAreStoredOnlyAsHashes(engine: Engine) async throws {
        try await withStore(engine) { store in
            let tenant = try await store.tenants.create(name: "acme")
            let (_, secret) = try await store.tokens.create(tenantID: tenant.id, name: "a", role: .admin, isSystemAdministrator: false, secret: nil)
            let stored = try await store.database.read { sql in
                try await sql.raw("SELECT secret_hash FROM tokens").all().map { try $0.decode(column: "secret_hash", as: String.self) }
            }
            #expect(stored == [TokenSecret.hash(secret)])
            #expect(!stored[0].contains(secret))
        }
    }

    @Test(arguments: Engine.allCases)
    func revokingIsScopedToTheTenant(engine: Engine) async throws {
        try await withStore(engine) { store in
            let acme = try await store.tenants.create(name: "acme")
            let other = try await store.tenants.create(name: "other")
            let (record, secret) = try await store.tokens.create(tenantID: acme.id, name: "a", role: .admin, isSystemAdministrator: false, secret: nil)
            await #expect(throws: DomainError.notFound("token \(record.id) does not exist")) {
                try await store.tokens.revoke(id: record.id, tenantID: other.id)
            }
            #expect(try await store.tokens.authenticate(secret: secret) != nil)
            #expect(try await store.tokens.list(tenantID: other.id).isEmpty)
        }
    }

    @Test(arguments: Engine.allCases)
    func chosenSecretsMustBeStrong(engine: Engine) async throws {
        try await withStore(engine) { store in
            let tenant = try await store.tenants.create(name: "acme")
            await #expect(throws: ValidationFailure.self) {
                try await store.tokens.create(tenantID: tenant.id, name: "a", role: .admin, isSystemAdministrator: true, secret: "short")
            }
            let chosen = "operator-chosen-secret-0123456789"
            _ = try await store.tokens.create(tenantID: tenant.id, name: "a", role: .admin, isSystemAdministrator: true, secret: chosen)
            #expect(try await store.tokens.authenticate(secret: chosen)?.isSystemAdministrator == true)
            await #expect(throws: DomainError.self) {
                try await store.tokens.create(tenantID: 999, name: "a", role: .admin, isSystemAdministrator: false, secret: nil)
            }
        }
    }
}
