import LeadlineCore
import LeadlineStore
import Testing

@Suite struct FieldRepositoryTests {
    @Test(arguments: Engine.allCases)
    func namesAreUniqueWithinATenantAndFreeAcross(engine: Engine) async throws {
        try await withStore(engine) { store in
            let acme = try await store.tenants.create(name: "acme")
            let other = try await store.tenants.create(name: "other")
            let field = try await store.fields.create(FieldDefinition(name: "balance", type: .decimal), tenantID: acme.id)
            await #expect(throws: DomainError.self) {
                try await store.fields.create(FieldDefinition(name: "balance", type: .text), tenantID: acme.id)
            }
            _ = try await store.fields.create(FieldDefinition(name: "balance", type: .text), tenantID: other.id)
            #expect(try await store.fields.list(tenantID: acme.id).map(\.definition.type) == [.decimal])
            #expect(try await store.fields.find(id: field.id, tenantID: other.id) == nil, "another tenant's field is missing")
        }
    }

    @Test(arguments: Engine.allCases)
    func updatesAreVersioned(engine: Engine) async throws {
        try await withStore(engine) { store in
            let acme = try await store.tenants.create(name: "acme")
            let field = try await store.fields.create(FieldDefinition(name: "tier", type: .choice, validValues: ["gold"]), tenantID: acme.id)
            let updated = try await store.fields.update(id: field.id, tenantID: acme.id, expectedVersion: 1) {
                try FieldInput(validValues: ["gold", "silver"]).applied(to: $0)
            }
            #expect(updated.version == 2 && updated.definition.validValues == ["gold", "silver"])
            await #expect(throws: DomainError.staleVersion(current: 2)) {
                try await store.fields.update(id: field.id, tenantID: acme.id, expectedVersion: 1) { $0 }
            }
            await #expect(throws: ValidationFailure.self) {
                try await store.fields.update(id: field.id, tenantID: acme.id, expectedVersion: nil) { try FieldInput(validValues: []).applied(to: $0) }
            }
            #expect(try await store.fields.find(id: field.id, tenantID: acme.id)?.version == 2, "a refused change changes nothing")
            try await store.fields.delete(id: field.id, tenantID: acme.id, expectedVersion: 2)
            #expect(try await store.fields.list(tenantID: acme.id).isEmpty)
        }
    }
}
