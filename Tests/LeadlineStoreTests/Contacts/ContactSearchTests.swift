import Foundation
import LeadlineCore
import LeadlineStore
import Testing

@Suite struct ContactSearchTests {
    /// Three lists of one tenant, one shared by a partner, one of a stranger.
    struct World {
        let fixtures: Fixtures
        let acme: Tenant
        let stranger: Tenant
        let spring: ContactList
        let autumn: ContactList
        var ann: Contact
        var bob: Contact
        var cho: Contact

        static func make(_ store: Store) async throws -> World {
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant("acme")
            let partner = try await fixtures.tenant("partner")
            let stranger = try await fixtures.tenant("stranger")
            _ = try await store.fields.create(FieldDefinition(name: "balance", type: .decimal), tenantID: acme.id)
            _ = try await store.fields.create(FieldDefinition(name: "vip", type: .boolean), tenantID: acme.id)
            _ = try await store.fields.create(FieldDefinition(name: "city", type: .text), tenantID: acme.id)
            let spring = try await fixtures.list("Spring", tenant: acme)
            let autumn = try await fixtures.list("Autumn", tenant: acme)
            let shared = try await fixtures.list("Shared", tenant: partner, sharedWith: [ShareGrant(tenantID: acme.id)])
            _ = try await store.lists.accept(listID: shared.id, tenantID: acme.id)
            let foreign = try await fixtures.list("Foreign", tenant: stranger)
            let ann = try await fixtures.contact(ContactInput(
                externalId: "1", firstName: "Ann", lastName: "Smithson", emails: ["ann@acme.example"],
                phones: [PhoneInput(number: "+14155550100"), PhoneInput(number: "+14155550199")],
                custom: ["balance": .decimal(Decimal(string: "100.5")!), "vip": .bool(true), "city": .string("Paris")]), in: spring, tenant: acme)
            let bob = try await fixtures.contact(ContactInput(
                externalId: "2", firstName: "Bob", lastName: "Smith", emails: ["bob@other.example"],
                phones: [PhoneInput(number: "+442079460958")], status: .closed,
                custom: ["balance": .integer(7), "vip": .bool(false), "city": .string("50% off_sale")]), in: autumn, tenant: acme)
            let cho = try await fixtures.contact(ContactInput(
                externalId: "3", firstName: "Cho", lastName: "Blacksmith", phones: [PhoneInput(number: "+4930555010")]), in: shared, tenant: partner)
            _ = try await fixtures.contact(ContactInput(externalId: "4", firstName: "Dan", lastName: "Smith", phones: [PhoneInput(number: "+14155550100")]), in: foreign, tenant: stranger)
            return World(fixtures: fixtures, acme: acme, stranger: stranger, spring: spring, autumn: autumn, ann: ann, bob: bob, cho: cho)
        }

        func ids(list: Int64? = nil, name: String? = nil, phone: String? = nil, email: String? = nil, status: String? = nil,
                 custom: [(field: String, value: String)] = []) async throws -> [Int64] {
            let fields = try await fixtures.store.fields.list(tenantID: acme.id).map(\.definition)
            return try await fixtures.search(acme, list: list, name: name, phone: phone, email: email, status: status, custom: custom, fields: fields)
                .items.map(\.id)
        }
    }

    @Test(arguments: Engine.allCases)
    func substringsOfNamesNumbersAndEmails(engine: Engine) async throws {
        try await withStore(engine) { store in
            let world = try await World.make(store)
            #expect(try await world.ids(name: "smith") == [world.ann.id, world.bob.id, world.cho.id], "own and shared lists, never a stranger's")
            #expect(try await world.ids(name: "SMITHS") == [world.ann.id])
            #expect(try await world.ids(name: "ann smi") == [world.ann.id], "first and last name read as one")
            #expect(try await world.ids(phone: "(415) 555") == [world.ann.id], "a contact with two matching numbers appears once")
            #expect(try await world.ids(phone: "79460") == [world.bob.id])
            #expect(try await world.ids(email: "acme.ex") == [world.ann.id])
            #expect(try await world.ids(name: "smith", phone: "4155") == [world.ann.id])
            #expect(try await world.ids(list: world.autumn.id, name: "smith") == [world.bob.id])
            #expect(try await world.ids(name: "zzz").isEmpty)
            #expect(try await world.ids(name: "smith ann") == [world.ann.id], "words in any order")
            #expect(try await world.ids(name: "sm") == [world.ann.id, world.bob.id], "two letters search the start of words: Blacksmith is not found")
            #expect(try await world.ids(name: "mi").isEmpty, "and only the start")
        }
    }

    @Test(arguments: Engine.allCases)
    func namesAreFoundAsPeopleTypeThem(engine: Engine) async throws {
        try await withStore(engine) { store in
            let tenant = try await store.tenants.create(name: "names")
            let list = try await store.lists.create(ListSettings(name: "People"), tenantID: tenant.id)
            var ids: [String: Int64] = [:]
            for (first, last) in [("Zoë", "Dupré"), ("Seán", "O'Brien"), ("José", "Núñez"), ("Charles", "Martin"), ("Jean-Luc", "Picard")] {
                ids[first] = try await store.contacts.create(listID: list.id, tenantID: tenant.id, actor: "t") {
                    try ContactRules.create(ContactInput(externalId: first, firstName: first, lastName: last), list: $0)
                }.id
            }
            func found(_ name: String) async throws -> [Int64] {
                try await store.contacts.search(
                    ContactSearch.parse(listID: list.id, name: name, phone: nil, email: nil, status: nil, custom: [], fields: [], page: PageRequest()),
                    tenantID: tenant.id
                ).items.map(\.id)
            }
            #expect(try await found("zoe") == [ids["Zoë"]!])
            #expect(try await found("ZOË DUPRE") == [ids["Zoë"]!])
            #expect(try await found("obrien") == [ids["Seán"]!])
            #expect(try await found("o'brien sean") == [ids["Seán"]!])
            #expect(try await found("jose") == [ids["José"]!])
            #expect(try await found("nunez") == [ids["José"]!])
            #expect(try await found("martin charles") == [ids["Charles"]!])
            #expect(try await found("luc") == [ids["Jean-Luc"]!])
            #expect(try await found("pi") == [ids["Jean-Luc"]!])
            #expect(try await found("jean picard") == [ids["Jean-Luc"]!])
            #expect(throws: ValidationFailure.self) { try ContactSearch.parse(listID: nil, name: "z", phone: nil, email: nil, status: nil, custom: [], fields: [], page: PageRequest()) }
        }
    }

    @Test(arguments: Engine.allCases)
    func statusAndTypedCustomValues(engine: Engine) async throws {
        try await withStore(engine) { store in
            let world = try await World.make(store)
            #expect(try await world.ids(status: "closed") == [world.bob.id])
            #expect(try await world.ids(name: "smith", status: "remaining") == [world.ann.id, world.cho.id])
            #expect(try await world.ids(custom: [("balance", "100.5")]) == [world.ann.id])
            #expect(try await world.ids(custom: [("balance", "7")]) == [world.bob.id])
            #expect(try await world.ids(custom: [("vip", "false")]) == [world.bob.id])
            #expect(try await world.ids(custom: [("city", "Paris"), ("vip", "true")]) == [world.ann.id])
            #expect(try await world.ids(name: "smith", custom: [("city", "Paris")]) == [world.ann.id])
        }
    }

    @Test(arguments: Engine.allCases)
    func metacharactersAreLiteralText(engine: Engine) async throws {
        try await withStore(engine) { store in
            let world = try await World.make(store)
            for hostile in ["%%%", "___", "' OR 1=1 --", "\"; DROP TABLE contacts; --", "smith\" OR \"a", "NEAR(a b)", "a*b", "\\\\%"] {
                #expect(try await world.ids(name: hostile).isEmpty, "\(hostile)")
                #expect(try await world.ids(email: hostile).isEmpty, "\(hostile)")
            }
            #expect(try await world.ids(custom: [("city", "50% off_sale")]) == [world.bob.id])
            #expect(try await world.ids(custom: [("city", "' OR '1'='1")]).isEmpty)
            #expect(try await world.ids(name: "smith").count == 3, "the contacts are all still there")
        }
    }

    @Test(arguments: Engine.allCases)
    func pagesFollowTheCursorWithoutRepeats(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            let list = try await fixtures.list(tenant: acme)
            var created: [Int64] = []
            for index in 0..<23 {
                created.append(try await fixtures.contact(
                    ContactInput(externalId: "E\(index)", lastName: "Page\(index)", phones: [PhoneInput(number: "+1415555\(String(format: "%04d", index))")]),
                    in: list, tenant: acme).id)
            }
            for criteria in [(name: "page", phone: nil), (name: nil, phone: "415555")] as [(name: String?, phone: String?)] {
                var seen: [Int64] = []
                var cursor: Cursor?
                repeat {
                    let page = try await fixtures.search(acme, name: criteria.name, phone: criteria.phone, limit: 5, after: cursor)
                    #expect(page.items.count <= 5)
                    seen += page.items.map(\.id)
                    cursor = page.nextCursor
                } while cursor != nil
                #expect(seen == created)
            }
        }
    }
}
