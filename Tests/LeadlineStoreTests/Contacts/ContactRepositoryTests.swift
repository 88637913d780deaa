import Foundation
import LeadlineCore
import LeadlineStore
import Testing

@Suite struct ContactRepositoryTests {
    @Test(arguments: Engine.allCases)
    func contactsRoundTripEveryPart(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            _ = try await store.fields.create(FieldDefinition(name: "balance", type: .decimal), tenantID: acme.id)
            _ = try await store.fields.create(FieldDefinition(name: "since", type: .date), tenantID: acme.id)
            _ = try await store.fields.create(FieldDefinition(name: "vip", type: .boolean), tenantID: acme.id)
            let list = try await fixtures.list(tenant: acme)
            let input = ContactInput(
                externalId: "A1", firstName: "Zoë", lastName: "O'Brien", emails: ["zoe@example.ie"],
                phones: [PhoneInput(number: "+353 1 234 5678", type: .fixedLine), PhoneInput(number: "+353851234567", type: .mobile, state: .excluded)],
                timeZone: "Europe/Dublin", priority: 9, status: .postponed, reasonCodes: ["R1"],
                custom: ["balance": .decimal(Decimal(string: "1234.56")!), "since": .string("2020-01-31"), "vip": .bool(true)])
            let created = try await fixtures.contact(input, in: list, tenant: acme)
            let found = try #require(try await store.contacts.find(id: created.id, tenantID: acme.id))
            #expect(found == created)
            #expect(found.content == (try ContactRules.create(input, list: list)))
            #expect(found.version == 1 && found.tenantID == acme.id && found.listID == list.id)
        }
    }

    @Test(arguments: Engine.allCases)
    func anotherTenantSeesNothing(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant("acme")
            let other = try await fixtures.tenant("other")
            let list = try await fixtures.list(tenant: acme)
            let contact = try await fixtures.contact(ContactInput(externalId: "A1", lastName: "Smith"), in: list, tenant: acme)
            #expect(try await store.contacts.find(id: contact.id, tenantID: other.id) == nil)
            await #expect(throws: DomainError.notFound("contact \(contact.id) does not exist")) {
                try await store.contacts.update(id: contact.id, tenantID: other.id, expectedVersion: nil, actor: "x") { _, _ in ContactContent() }
            }
            await #expect(throws: DomainError.notFound("contact \(contact.id) does not exist")) {
                try await store.contacts.delete(id: contact.id, tenantID: other.id, expectedVersion: nil, actor: "test")
            }
            await #expect(throws: DomainError.notFound("list \(list.id) does not exist")) {
                try await fixtures.contact(ContactInput(externalId: "B"), in: list, tenant: other)
            }
            #expect(try await fixtures.search(other, name: "smith").items.isEmpty)
            #expect(try await store.contacts.find(id: contact.id, tenantID: acme.id) == contact, "nothing changed")
        }
    }

    @Test(arguments: Engine.allCases)
    func dedupKeysAndUniqueFieldsHoldPerList(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            _ = try await store.fields.create(FieldDefinition(name: "vat", type: .text, unique: true), tenantID: acme.id)
            let spring = try await fixtures.list("Spring", tenant: acme)
            let autumn = try await fixtures.list("Autumn", tenant: acme)
            let first = try await fixtures.contact(ContactInput(externalId: "A1", custom: ["vat": .string("FR1")]), in: spring, tenant: acme)
            await #expect(throws: DomainError.conflict(field: "externalId", reason: "'A1' is already used by contact \(first.id) of this list")) {
                try await fixtures.contact(ContactInput(externalId: "A1"), in: spring, tenant: acme)
            }
            await #expect(throws: DomainError.conflict(field: "custom.vat", reason: "'FR1' is already used by contact \(first.id) of this list")) {
                try await fixtures.contact(ContactInput(externalId: "A2", custom: ["vat": .string("FR1")]), in: spring, tenant: acme)
            }
            _ = try await fixtures.contact(ContactInput(externalId: "A1", custom: ["vat": .string("FR1")]), in: autumn, tenant: acme)
            let second = try await fixtures.contact(ContactInput(externalId: "A2"), in: spring, tenant: acme)
            await #expect(throws: DomainError.self) {
                try await store.contacts.update(id: second.id, tenantID: acme.id, expectedVersion: nil, actor: "t") {
                    try ContactRules.update(ContactInput(externalId: "A1"), current: $0.content, list: $1)
                }
            }
            let renamed = try await store.contacts.update(id: first.id, tenantID: acme.id, expectedVersion: nil, actor: "t") {
                try ContactRules.update(ContactInput(externalId: "A9"), current: $0.content, list: $1)
            }
            #expect(renamed.content.externalID == "A9")
            _ = try await fixtures.contact(ContactInput(externalId: "A1"), in: spring, tenant: acme)
            #expect(try await store.contacts.list(listID: spring.id, tenantID: acme.id, status: nil, page: PageRequest()).items.count == 3)
        }
    }

    @Test(arguments: Engine.allCases)
    func phoneDedupMatchesAnyNumber(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            let list = try await fixtures.list(tenant: acme, dedupKey: .phone)
            _ = try await fixtures.contact(ContactInput(phones: [PhoneInput(number: "+14155550100"), PhoneInput(number: "+14155550101")]), in: list, tenant: acme)
            await #expect(throws: DomainError.self) {
                try await fixtures.contact(ContactInput(phones: [PhoneInput(number: "+1 415 555 0101")]), in: list, tenant: acme)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func staleWritesChangeNothing(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            let list = try await fixtures.list(tenant: acme)
            let contact = try await fixtures.contact(ContactInput(externalId: "A1", firstName: "Ann"), in: list, tenant: acme)
            let updated = try await store.contacts.update(id: contact.id, tenantID: acme.id, expectedVersion: 1, actor: "t") {
                try ContactRules.update(ContactInput(firstName: "Anna"), current: $0.content, list: $1)
            }
            #expect(updated.version == 2)
            await #expect(throws: DomainError.staleVersion(current: 2)) {
                try await store.contacts.update(id: contact.id, tenantID: acme.id, expectedVersion: 1, actor: "t") {
                    try ContactRules.update(ContactInput(firstName: "Annie"), current: $0.content, list: $1)
                }
            }
            await #expect(throws: DomainError.staleVersion(current: 2)) {
                try await store.contacts.delete(id: contact.id, tenantID: acme.id, expectedVersion: 1, actor: "test")
            }
            #expect(try await store.contacts.find(id: contact.id, tenantID: acme.id)?.content.firstName == "Anna")
            let unchanged = try await store.contacts.update(id: contact.id, tenantID: acme.id, expectedVersion: 2, actor: "t") { current, _ in current.content }
            #expect(unchanged.version == 2, "a write that changes nothing keeps the version")
            try await store.contacts.delete(id: contact.id, tenantID: acme.id, expectedVersion: 2, actor: "test")
            #expect(try await store.contacts.find(id: contact.id, tenantID: acme.id) == nil)
        }
    }

    @Test(arguments: Engine.allCases)
    func ofTwoRacingWritersOnOneVersionOnlyOneWins(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            let list = try await fixtures.list(tenant: acme)
            let contact = try await fixtures.contact(ContactInput(externalId: "A1"), in: list, tenant: acme)
            for round in 0..<5 {
                let version = try #require(try await store.contacts.find(id: contact.id, tenantID: acme.id)).version
                let outcomes = await withTaskGroup(of: Bool.self) { group in
                    for writer in 0..<4 {
                        group.addTask {
                            do {
                                _ = try await store.contacts.update(id: contact.id, tenantID: acme.id, expectedVersion: version, actor: "w\(writer)") {
                                    try ContactRules.update(ContactInput(firstName: "R\(round)W\(writer)"), current: $0.content, list: $1)
                                }
                                return true
                            } catch DomainError.staleVersion {
                                return false
                            } catch {
                                Issue.record("unexpected \(error)")
                                return false
                            }
                        }
                    }
                    return await group.reduce(into: [Bool]()) { $0.append($1) }
                }
                #expect(outcomes.filter { $0 }.count == 1, "round \(round): \(outcomes)")
                #expect(try await store.contacts.find(id: contact.id, tenantID: acme.id)?.version == version + 1)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func historyRecordsWhoWhenWhatNewestFirst(engine: Engine) async throws {
        let clock = TestClock()
        try await withStore(engine, clock: { clock.now() }) { store in
            let fixtures = Fixtures(store: store)
            let acme = try await fixtures.tenant()
            let list = try await fixtures.list(tenant: acme)
            let contact = try await fixtures.contact(ContactInput(externalId: "A1"), in: list, tenant: acme)
            for priority in 1...10 {
                _ = try await store.contacts.update(id: contact.id, tenantID: acme.id, expectedVersion: nil, actor: "token:7 ann") {
                    try ContactRules.update(ContactInput(priority: priority), current: $0.content, list: $1)
                }
            }
            _ = try await store.contacts.update(id: contact.id, tenantID: acme.id, expectedVersion: nil, actor: "token:7 ann") {
                try ContactRules.update(ContactInput(status: .closed), current: $0.content, list: $1)
            }
            let first = try await store.contacts.history(contactID: contact.id, tenantID: acme.id, page: PageRequest(limit: 5))
            #expect(first.items.count == 5)
            #expect(first.items[0].kind == .statusChanged && first.items[0].actor == "token:7 ann")
            #expect(first.items[0].changes == [Change(field: "status", from: .string("remaining"), to: .string("closed"))])
            var all = first.items
            var cursor = first.nextCursor
            while let next = cursor {
                let page = try await store.contacts.history(contactID: contact.id, tenantID: acme.id, page: PageRequest(limit: 5, after: next))
                all += page.items
                cursor = page.nextCursor
            }
            #expect(all.count == 12)
            #expect(all.last?.kind == .created && all.last?.actor == "test")
            #expect(all.map(\.at) == all.map(\.at).sorted(by: >))
            let priorities = all.compactMap { $0.changes.first { $0.field == "priority" }?.to }
            #expect(priorities == (1...10).reversed().map { .integer(Int64($0)) })
        }
    }
}

/// A clock that moves one second each time it is read, so event order shows in times.
final class TestClock: Sendable {
    private let ticks = Ticker()
    func now() -> Date { Date(timeIntervalSince1970: 1_800_000_000 + Double(ticks.next())) }
}

private final class Ticker: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int { lock.withLock { value += 1; return value } }
}
