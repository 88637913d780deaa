import LeadlineCore
import LeadlineStore
import Testing

@Suite struct ContactBatchTests {
    @Test(arguments: Engine.allCases)
    func aBatchLandsWholeInOrderAndSearchable(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            let list = try await fixtures.list(tenant: acme)
            let contents = try (0..<1234).map { index in
                try ContactRules.create(ContactInput(
                    externalId: "B\(index)", lastName: "Batch\(index)", phones: [PhoneInput(number: "+1415777\(String(format: "%04d", index))")]), list: list)
            }
            let ids = try await store.contacts.createMany(listID: list.id, tenantID: acme.id, actor: "loader", kind: .imported, contents)
            #expect(ids.count == contents.count && ids == ids.sorted())
            for probe in [0, 499, 500, 1233] {
                let contact = try #require(try await store.contacts.find(id: ids[probe], tenantID: acme.id))
                #expect(contact.content == contents[probe])
                let history = try await store.contacts.history(contactID: ids[probe], tenantID: acme.id, page: PageRequest())
                #expect(history.items.map(\.kind) == [.imported] && history.items[0].actor == "loader")
            }
            #expect(try await fixtures.search(acme, phone: "4157771233").items.map(\.id) == [ids[1233]])
            await #expect(throws: DomainError.self, "keys hold for batches too") {
                try await fixtures.contact(ContactInput(externalId: "B7"), in: list, tenant: acme)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aRepeatedKeyRefusesTheWholeBatch(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            let list = try await fixtures.list(tenant: acme)
            let contents = ["A", "B", "A"].map { ContactContent(externalID: $0) }
            await #expect(throws: DomainError.self) {
                try await store.contacts.createMany(listID: list.id, tenantID: acme.id, actor: "loader", kind: .imported, contents)
            }
            #expect(try await store.contacts.list(listID: list.id, tenantID: acme.id, status: nil, page: PageRequest()).items.isEmpty)
            await #expect(throws: DomainError.notFound("list 999 does not exist")) {
                try await store.contacts.createMany(listID: 999, tenantID: acme.id, actor: "loader", kind: .imported, contents)
            }
        }
    }
}
