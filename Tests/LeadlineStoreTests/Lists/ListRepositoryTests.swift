import LeadlineCore
import LeadlineStore
import Testing

@Suite struct ListRepositoryTests {
    @Test(arguments: Engine.allCases)
    func aNewListCopiesTheCatalogAndKeepsItsCopy(engine: Engine) async throws {
        try await withStore(engine) { store in
            let acme = try await store.tenants.create(name: "acme")
            let field = try await store.fields.create(FieldDefinition(name: "tier", type: .choice, validValues: ["gold"]), tenantID: acme.id)
            let list = try await store.lists.create(ListSettings(name: "Spring"), tenantID: acme.id)
            #expect(list.schema.map(\.name) == ["tier"])
            _ = try await store.fields.update(id: field.id, tenantID: acme.id, expectedVersion: nil) { try FieldInput(validValues: ["gold", "silver"]).applied(to: $0) }
            _ = try await store.fields.create(FieldDefinition(name: "balance", type: .decimal), tenantID: acme.id)
            let reread = try await store.lists.find(id: list.id, tenantID: acme.id)
            #expect(reread?.schema == list.schema, "catalog changes leave existing lists alone")
            let grown = try await store.lists.addField(FieldDefinition(name: "vat", type: .text), listID: list.id, tenantID: acme.id, expectedVersion: 1)
            #expect(grown.schema.map(\.name) == ["tier", "vat"] && grown.version == 2)
            #expect(try await store.fields.list(tenantID: acme.id).map(\.definition.name) == ["tier", "balance"], "the catalog is untouched")
            await #expect(throws: DomainError.self) {
                try await store.lists.addField(FieldDefinition(name: "vat", type: .text), listID: list.id, tenantID: acme.id, expectedVersion: nil)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func sharingShowsAListWithoutHandingItOver(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant("acme")
            let partner = try await fixtures.tenant("partner")
            let stranger = try await fixtures.tenant("stranger")
            let list = try await fixtures.list(tenant: acme, sharedWith: [partner.id])
            #expect(list.settings.sharedWith == [partner.id])
            #expect(try await store.lists.find(id: list.id, tenantID: partner.id)?.id == list.id)
            #expect(try await store.lists.find(id: list.id, tenantID: stranger.id) == nil)
            #expect(try await store.lists.list(tenantID: partner.id, page: PageRequest()).items.map(\.id) == [list.id])
            #expect(try await store.lists.list(tenantID: stranger.id, page: PageRequest()).items.isEmpty)
            await #expect(throws: DomainError.self) {
                try await store.lists.update(id: list.id, tenantID: partner.id, expectedVersion: nil) { $0.settings }
            }
            await #expect(throws: DomainError.notFound("list \(list.id) does not exist")) {
                try await store.lists.delete(id: list.id, tenantID: stranger.id, expectedVersion: nil)
            }
            await #expect(throws: ValidationFailure.self) {
                try await store.lists.update(id: list.id, tenantID: acme.id, expectedVersion: nil) {
                    var settings = $0.settings
                    settings.sharedWith = [9999]
                    return settings
                }
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func namesVersionsAndDedupKeys(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            let spring = try await fixtures.list("Spring", tenant: acme)
            let autumn = try await fixtures.list("Autumn", tenant: acme)
            await #expect(throws: DomainError.self) { try await fixtures.list("Spring", tenant: acme) }
            await #expect(throws: DomainError.self) {
                try await store.lists.update(id: autumn.id, tenantID: acme.id, expectedVersion: nil) {
                    var settings = $0.settings
                    settings.name = "Spring"
                    return settings
                }
            }
            await #expect(throws: DomainError.staleVersion(current: 1)) {
                try await store.lists.update(id: spring.id, tenantID: acme.id, expectedVersion: 5) { $0.settings }
            }
            _ = try await fixtures.contact(ContactInput(externalId: "A1"), in: spring, tenant: acme)
            await #expect(throws: DomainError.self, "the key of a list with contacts stays") {
                try await store.lists.update(id: spring.id, tenantID: acme.id, expectedVersion: nil) {
                    var settings = $0.settings
                    settings.dedupKey = .phone
                    return settings
                }
            }
            let disabled = try await store.lists.update(id: spring.id, tenantID: acme.id, expectedVersion: 1) {
                var settings = $0.settings
                settings.enabled = false
                return settings
            }
            #expect(!disabled.settings.enabled && disabled.version == 2)
        }
    }

    @Test(arguments: Engine.allCases)
    func emptyingAndDeletingRemoveContacts(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            let list = try await fixtures.list(tenant: acme)
            for index in 0..<3 {
                _ = try await fixtures.contact(ContactInput(externalId: "A\(index)", lastName: "Smith"), in: list, tenant: acme)
            }
            #expect(try await store.lists.empty(id: list.id, tenantID: acme.id) == 3)
            #expect(try await store.contacts.list(listID: list.id, tenantID: acme.id, status: nil, page: PageRequest()).items.isEmpty)
            #expect(try await fixtures.search(acme, name: "smith").items.isEmpty, "the search index forgets emptied contacts")
            _ = try await fixtures.contact(ContactInput(externalId: "A0"), in: list, tenant: acme)
            try await store.lists.delete(id: list.id, tenantID: acme.id, expectedVersion: nil)
            #expect(try await store.lists.find(id: list.id, tenantID: acme.id) == nil)
        }
    }

    @Test(arguments: Engine.allCases)
    func listsPageByCursor(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            for index in 0..<5 { _ = try await fixtures.list("L\(index)", tenant: acme) }
            let first = try await store.lists.list(tenantID: acme.id, page: PageRequest(limit: 2))
            let second = try await store.lists.list(tenantID: acme.id, page: PageRequest(limit: 2, after: first.nextCursor))
            let third = try await store.lists.list(tenantID: acme.id, page: PageRequest(limit: 2, after: second.nextCursor))
            #expect((first.items + second.items + third.items).map(\.settings.name) == ["L0", "L1", "L2", "L3", "L4"])
            #expect(third.nextCursor == nil)
        }
    }
}
