import Foundation
import LeadlineCore
import LeadlineStore
import Testing

/// Every operator on every kind of field, on both engines, held to `FilterOracle`.
@Suite struct FilterSQLTests {
    static let fields = [
        FieldDefinition(name: "balance", type: .decimal),
        FieldDefinition(name: "score", type: .integer),
        FieldDefinition(name: "vip", type: .boolean),
        FieldDefinition(name: "due", type: .date),
        FieldDefinition(name: "city", type: .text),
        FieldDefinition(name: "segment", type: .choice, validValues: ["retail", "business"]),
    ]

    /// One condition per operator and kind; combinations of them test the groups.
    static let conditions = [
        #"status = "remaining""#, #"status != "closed""#, #"status in ("callback", "inactive")"#, #"status contains "ain""#,
        "priority > 5", "priority <= 2", "priority between 3 and 6", "priority in (1, 10)", "priority != 4",
        #"created < "2026-03-01""#, "created within 5d", "created older than 5d", #"updated >= "2026-03-01T00:00:00Z""#,
        #"reason_code = "no_answer""#, #"reason_code != "busy""#, "reason_code is empty", "reason_code is not empty",
        #"reason_code begins with "no""#, #"reason_code in ("busy", "fax")"#,
        #"phone_state = "blocked""#, #"phone_state != "active""#, "phone is empty", #"phone = "+14155550101""#, #"phone contains "4155""#,
        #"email ends with "@example.org""#, #"email = "ANN3@EXAMPLE.COM""#, "email is not empty",
        #"time_zone = "America/Chicago""#, "time_zone is empty", #"state in ("US-TX", "US-CA")"#,
        #"external_id begins with "C1""#, #"first_name contains "an""#, #"last_name ends with "son""#, "last_name is not empty",
        "balance > 100.5", "balance <= 0", "balance between -10 and 250", "balance is empty", "balance != 99.25", "balance in (0, 99.25)",
        "score >= 50", #"score = "7""#, "score is not empty", "score between 1 and 10",
        "vip = true", "vip != true", "vip is empty",
        #"due < "2026-03-01""#, "due within 30d", "due older than 30d", #"due between "2026-01-01" and "2026-02-15""#,
        #"city = "Paris""#, #"city != "Paris""#, #"city contains "AR""#, #"city begins with "lyo""#, "city is empty", #"city in ("Lyon", "Nice")"#,
        #"segment = "retail""#, #"segment != "business""#,
        #"city contains "100%""#, #"city contains "a_b""#, #"city contains "back\\slash""#,
        "attempts > 1", "attempts = 0", #"last_completion_code = "SALE""#, "last_completion_code is empty",
    ]

    /// 2026-03-10T12:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_773_144_000)

    static func content(_ index: Int) -> ContactContent {
        let cities: [String?] = ["Paris", "Lyon", "Nice", nil, "", "100% Paris", "a_b town", #"back\slash"#, "Carcassonne"]
        let statuses = ContactStatus.allCases
        var custom: [String: JSONValue] = [:]
        if index % 5 != 0 { custom["balance"] = .decimal(Decimal(index * 37 % 300) - 20 + Decimal(string: "0.25")!) }
        if index == 7 { custom["balance"] = .decimal(Decimal(string: "99.25")!) }
        if index % 4 != 1 { custom["score"] = .integer(Int64(index * 13 % 90)) }
        if index % 3 != 2 { custom["vip"] = .bool(index % 2 == 0) }
        if index % 6 != 3 { custom["due"] = .string(CalendarDate(utcOf: now.addingTimeInterval(Double(index * 5 - 60) * 86_400)).description) }
        if let city = cities[index % cities.count] { custom["city"] = .string(city) }
        if index % 3 != 0 { custom["segment"] = .string(index % 2 == 0 ? "retail" : "business") }
        let phoneStates = PhoneState.allCases
        let phones = (0..<(index % 4)).map { offset in
            PhoneNumber(raw: "x", e164: "+1415555\(String(format: "%04d", index * 3 + offset))", state: phoneStates[(index + offset) % phoneStates.count])
        }
        return ContactContent(
            externalID: "C\(index)", firstName: index % 7 == 0 ? nil : ["Ann", "Dan", "Jo", "Stan"][index % 4],
            lastName: index % 9 == 0 ? nil : ["Jackson", "Smith", "Anderson", "Lee"][index % 4],
            emails: index % 5 == 1 ? [] : ["Ann\(index)@example.\(index % 2 == 0 ? "org" : "com")"],
            phones: phones, timeZone: index % 3 == 0 ? nil : ["America/Chicago", "Europe/Paris"][index % 2],
            state: ["US-TX", "US-CA", "US-NY", nil][index % 4], priority: 1 + index % 10, status: statuses[index % statuses.count],
            reasonCodes: [[], ["no_answer"], ["busy", "no_answer"], ["fax"]][index % 4], custom: custom)
    }

    @Test(arguments: Engine.allCases)
    func everyOperatorSelectsWhatTheOracleSays(engine: Engine) async throws {
        let clock = SettableClock(Self.now.addingTimeInterval(-20 * 86_400))
        try await withStore(engine, clock: clock.now) { store in
            let tenant = try await store.tenants.create(name: "acme")
            for field in Self.fields { _ = try await store.fields.create(field, tenantID: tenant.id) }
            let list = try await store.lists.create(ListSettings(name: "Filters", defaultRegion: "US"), tenantID: tenant.id)
            let other = try await store.lists.create(ListSettings(name: "Other"), tenantID: tenant.id)
            var ids = try await store.contacts.createMany(
                listID: list.id, tenantID: tenant.id, actor: "test", kind: .imported, (0..<30).map(Self.content))
            clock.set(Self.now.addingTimeInterval(-2 * 86_400))
            ids += try await store.contacts.createMany(
                listID: list.id, tenantID: tenant.id, actor: "test", kind: .imported, (30..<60).map(Self.content))
            _ = try await store.contacts.createMany(listID: other.id, tenantID: tenant.id, actor: "test", kind: .imported, (0..<10).map(Self.content))
            var oracle = FilterOracle()
            for id in ids where id % 3 == 0 { oracle.attempts[id] = id % 4 }
            for id in ids where id % 5 == 0 { oracle.completionCodes[id] = id % 2 == 0 ? "SALE" : "NO_SALE" }
            let attempts = oracle.attempts
            let codes = oracle.completionCodes
            try await store.database.write { sql in
                for (id, count) in attempts { try await sql.raw("UPDATE contacts SET attempts = \(bind: count) WHERE id = \(bind: id)").run() }
                for (id, code) in codes { try await sql.raw("UPDATE contacts SET last_completion_code = \(bind: code) WHERE id = \(bind: id)").run() }
            }
            let contacts = try await store.contacts.batch(listID: list.id, tenantID: tenant.id, statuses: nil, filter: nil, after: 0, limit: 1000)
            #expect(contacts.count == 60)

            func check(_ text: String) async throws {
                let filter = try FilterCheck.check(try FilterText.parse(text), fields: list.schema, defaultRegion: "US", now: Self.now)
                let expected = contacts.filter { oracle.matches(filter, $0) }.map(\.id)
                let selected = try await store.contacts.batch(listID: list.id, tenantID: tenant.id, statuses: nil, filter: filter, after: 0, limit: 1000)
                #expect(selected.map(\.id) == expected, "\(engine) \(text)")
                #expect(try await store.contacts.count(listIDs: [list.id], filter: filter, tenantID: tenant.id) == expected.count, "\(engine) \(text)")
            }
            var nonTrivial = 0
            for text in Self.conditions {
                try await check(text)
                let filter = try FilterCheck.check(try FilterText.parse(text), fields: list.schema, defaultRegion: "US", now: Self.now)
                let hits = contacts.filter { oracle.matches(filter, $0) }.count
                if hits > 0 && hits < contacts.count { nonTrivial += 1 }
            }
            // A case that selects all or nothing proves little: nearly every one must split the list.
            #expect(nonTrivial >= Self.conditions.count - 3, "\(nonTrivial) of \(Self.conditions.count) split the list")
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<60 {
                try await check(Self.randomCombination(&generator))
            }
        }
    }

    static func randomCombination(_ generator: inout SystemRandomNumberGenerator) -> String {
        func part(_ depth: Int) -> String {
            guard depth < 2, Bool.random(using: &generator) else { return conditions.randomElement(using: &generator)! }
            let joiner = Bool.random(using: &generator) ? " and " : " or "
            return "(" + (0..<Int.random(in: 2...3, using: &generator)).map { _ in part(depth + 1) }.joined(separator: joiner) + ")"
        }
        return part(0)
    }

    @Test(arguments: Engine.allCases)
    func countsSpanListsAndStayInTheTenant(engine: Engine) async throws {
        try await withStore(engine) { store in
            let acme = try await store.tenants.create(name: "acme")
            let rival = try await store.tenants.create(name: "rival")
            let first = try await store.lists.create(ListSettings(name: "A"), tenantID: acme.id)
            let second = try await store.lists.create(ListSettings(name: "B"), tenantID: acme.id)
            let theirs = try await store.lists.create(ListSettings(name: "C"), tenantID: rival.id)
            for (list, tenant, count) in [(first, acme, 3), (second, acme, 4), (theirs, rival, 5)] {
                _ = try await store.contacts.createMany(
                    listID: list.id, tenantID: tenant.id, actor: "t", kind: .imported, (0..<count).map { ContactContent(externalID: "X\($0)", priority: $0) })
            }
            let filter = try FilterCheck.check(try FilterText.parse("priority >= 1"), fields: [], now: Date())
            #expect(try await store.contacts.count(listIDs: [first.id, second.id], filter: filter, tenantID: acme.id) == 5)
            await #expect(throws: DomainError.notFound("list \(theirs.id) does not exist")) {
                try await store.contacts.count(listIDs: [first.id, theirs.id], filter: filter, tenantID: acme.id)
            }
        }
    }
}

/// A clock a test moves by hand.
final class SettableClock: Sendable {
    private let instant: Locked<Date>
    init(_ start: Date) { instant = Locked(start) }
    func now() -> Date { instant.value }
    func set(_ date: Date) { instant.value = date }
}

final class Locked<Value: Sendable>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
