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
            let list = try await fixtures.list(tenant: acme, sharedWith: [ShareGrant(tenantID: partner.id)])
            #expect(list.settings.sharedWith == [ShareGrant(tenantID: partner.id, access: .read)])
            // An offer shows nothing until the receiving tenant accepts it.
            #expect(try await store.lists.find(id: list.id, tenantID: partner.id) == nil)
            #expect(try await store.lists.offers(tenantID: partner.id).map(\.acceptedAt) == [nil])
            let accepted = try await store.lists.accept(listID: list.id, tenantID: partner.id)
            #expect(accepted.acceptedAt != nil && accepted.access == .read && accepted.ownerTenantID == acme.id)
            #expect(try await store.lists.find(id: list.id, tenantID: partner.id)?.standing(of: partner.id) == .shared(.read))
            #expect(try await store.lists.find(id: list.id, tenantID: stranger.id) == nil)
            #expect(try await store.lists.list(tenantID: partner.id, page: PageRequest()).items.map(\.id) == [list.id])
            #expect(try await store.lists.list(tenantID: stranger.id, page: PageRequest()).items.isEmpty)
            await #expect(throws: DomainError.self) {
                try await store.lists.update(id: list.id, tenantID: partner.id, expectedVersion: nil) { $0.settings }
            }
            await #expect(throws: DomainError.notFound("list \(list.id) does not exist")) {
                try await store.lists.delete(id: list.id, tenantID: stranger.id, expectedVersion: nil)
            }
            await #expect(throws: DomainError.notFound("list \(list.id) is not offered to this tenant")) {
                try await store.lists.accept(listID: list.id, tenantID: stranger.id)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aReadShareWritesNothingAndAWriteShareWritesContactsOnly(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant("acme")
            let reader = try await fixtures.tenant("reader")
            let writer = try await fixtures.tenant("writer")
            let list = try await fixtures.list(
                tenant: acme, sharedWith: [ShareGrant(tenantID: reader.id, access: .read), ShareGrant(tenantID: writer.id, access: .write)])
            _ = try await store.lists.accept(listID: list.id, tenantID: reader.id)
            _ = try await store.lists.accept(listID: list.id, tenantID: writer.id)
            let owned = try await fixtures.contact(ContactInput(externalId: "A1", lastName: "Smith"), in: list, tenant: acme)
            await #expect(throws: DomainError.self) {
                try await fixtures.contact(ContactInput(externalId: "R1", lastName: "Reader"), in: list, tenant: reader)
            }
            await #expect(throws: DomainError.self) {
                try await store.contacts.delete(id: owned.id, tenantID: reader.id, expectedVersion: nil, actor: "reader")
            }
            await #expect(throws: DomainError.self) { try await store.lists.empty(id: list.id, tenantID: reader.id) }
            #expect(try await store.contacts.find(id: owned.id, tenantID: reader.id)?.id == owned.id)
            _ = try await fixtures.contact(ContactInput(externalId: "W1", lastName: "Writer"), in: list, tenant: writer)
            await #expect(throws: DomainError.self) {
                try await store.lists.update(id: list.id, tenantID: writer.id, expectedVersion: nil) { $0.settings }
            }
            #expect(try await store.contacts.list(listID: list.id, tenantID: acme.id, status: nil, page: PageRequest()).items.count == 2)
        }
    }

    @Test(arguments: Engine.allCases)
    func anOfferToATenantThatDoesNotExistLooksLikeAnyOther(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant("acme")
            let partner = try await fixtures.tenant("partner")
            let list = try await fixtures.list(tenant: acme)
            let offered = try await store.lists.update(id: list.id, tenantID: acme.id, expectedVersion: nil) {
                var settings = $0.settings
                settings.sharedWith = [ShareGrant(tenantID: partner.id), ShareGrant(tenantID: 9999)]
                return settings
            }
            #expect(offered.shares.map(\.tenantID) == [partner.id, 9999])
            #expect(offered.shares.allSatisfy { $0.acceptedAt == nil && $0.grant.access == .read })
            // Changing the access keeps an acceptance; leaving a tenant out takes the list away.
            _ = try await store.lists.accept(listID: list.id, tenantID: partner.id)
            let upgraded = try await store.lists.update(id: list.id, tenantID: acme.id, expectedVersion: nil) {
                var settings = $0.settings
                settings.sharedWith = [ShareGrant(tenantID: partner.id, access: .write)]
                return settings
            }
            #expect(upgraded.standing(of: partner.id) == .shared(.write))
            _ = try await store.lists.update(id: list.id, tenantID: acme.id, expectedVersion: nil) {
                var settings = $0.settings
                settings.sharedWith = []
                return settings
            }
            #expect(try await store.lists.find(id: list.id, tenantID: partner.id) == nil)
            #expect(try await store.lists.offers(tenantID: partner.id).isEmpty)
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
