import LeadlineCore
import LeadlineStore
import Testing

@Suite struct TenantRepositoryTests {
    @Test(arguments: Engine.allCases)
    func tenantsHaveUniqueNames(engine: Engine) async throws {
        try await withStore(engine) { store in
            let acme = try await store.tenants.create(name: "Acme")
            #expect(try await store.tenants.find(id: acme.id) == acme)
            #expect(try await store.tenants.find(name: "Acme") == acme)
            await #expect(throws: DomainError.conflict(field: "name", reason: "a tenant named 'Acme' exists")) {
                try await store.tenants.create(name: " Acme ")
            }
            await #expect(throws: ValidationFailure.self) { try await store.tenants.create(name: "") }
            #expect(try await store.tenants.all().map(\.name) == ["Acme"])
        }
    }
}
