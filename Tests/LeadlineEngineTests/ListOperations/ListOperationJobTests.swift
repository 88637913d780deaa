import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Logging
import Testing

/// The contact management tool on both engines: each action, the include and exclude options,
/// the in-progress rule, and the backup.
@Suite struct ListOperationJobTests {
    struct Lists {
        let store: Store
        let tenant: Tenant
        let paris: ContactList
        let lyon: ContactList
        let target: ContactList
        let runner: ProcessRunner

        func run(_ operation: ListOperation) async throws -> ListProcess {
            let process = try await store.processes.create(NewProcess(
                tenantID: tenant.id, listID: operation.destination ?? operation.sources[0], actor: "tester", scheduledAt: Date(),
                fileName: nil, inputPath: nil, settings: .listOperation(operation)))
            await runner.runDue()
            return try #require(try await store.processes.find(id: process.id, tenantID: tenant.id))
        }

        func contacts(_ list: ContactList) async throws -> [Contact] {
            try await store.contacts.batch(listID: list.id, tenantID: tenant.id, statuses: nil, filter: nil, after: 0, limit: 1000)
        }

        func ids(_ list: ContactList) async throws -> [String] { try await contacts(list).map { $0.content.externalID ?? "" } }
    }

    /// Paris: P1…P6 (P1 processing, P2 with a callback), city Paris; Lyon: L1…L3, city Lyon;
    /// the target holds T1 and a P4 of its own.
    private func with(_ engine: Engine, _ body: (Lists) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-listop-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await TestStore.with(engine, skip: { try Test.cancel(Comment(rawValue: $0)) }) { store in
            let tenant = try await store.tenants.create(name: "acme")
            _ = try await store.fields.create(FieldDefinition(name: "city", type: .text), tenantID: tenant.id)
            _ = try await store.fields.create(FieldDefinition(name: "score", type: .integer), tenantID: tenant.id)
            let paris = try await store.lists.create(ListSettings(name: "Paris", defaultRegion: "FR"), tenantID: tenant.id)
            let lyon = try await store.lists.create(ListSettings(name: "Lyon", defaultRegion: "FR"), tenantID: tenant.id)
            let target = try await store.lists.create(ListSettings(name: "Target", defaultRegion: "FR"), tenantID: tenant.id)
            func contact(_ id: String, _ city: String, _ index: Int, status: ContactStatus = .remaining) -> ContactContent {
                ContactContent(
                    externalID: id, firstName: id, phones: [PhoneNumber(raw: "x", e164: "+3314000000\(index)")], priority: index,
                    status: status, reasonCodes: ["busy"], custom: ["city": .string(city), "score": .integer(Int64(index * 10))])
            }
            _ = try await store.contacts.createMany(listID: paris.id, tenantID: tenant.id, actor: "t", kind: .imported, (1...6).map { index in
                contact("P\(index)", "Paris", index, status: index == 1 ? .processing : index == 2 ? .callback : .remaining)
            })
            _ = try await store.contacts.createMany(listID: lyon.id, tenantID: tenant.id, actor: "t", kind: .imported, (1...3).map { contact("L\($0)", "Lyon", $0 + 6) })
            _ = try await store.contacts.createMany(listID: target.id, tenantID: tenant.id, actor: "t", kind: .imported, [
                ContactContent(externalID: "T1", phones: [PhoneNumber(raw: "x", e164: "+33140000005")]),
                ContactContent(externalID: "P4", firstName: "Old", lastName: "Kept"),
            ])
            let files = try ProcessFiles(directory: directory)
            try await body(Lists(store: store, tenant: tenant, paris: paris, lyon: lyon, target: target,
                                 runner: ProcessRunner(store: store, files: files, logger: Logger(label: "test"))))
        }
    }

    @Test(arguments: Engine.allCases)
    func copyFromTwoListsMergesByTheDestinationsKey(engine: Engine) async throws {
        try await with(engine) { lists in
            let process = try await lists.run(ListOperation(
                action: .copy, sources: [lists.paris.id, lists.lyon.id], filter: try FilterText.parse("score >= 30"), destination: lists.target.id))
            #expect(process.state == .finished, "\(process.details)")
            #expect(process.counts.read == 7 && process.counts.inserted == 6 && process.counts.updated == 1 && process.counts.skipped == 0, "\(process.counts)")
            #expect(try await lists.ids(lists.target) == ["T1", "P4", "P3", "P5", "P6", "L1", "L2", "L3"])
            let merged = try #require(try await lists.contacts(lists.target).first { $0.content.externalID == "P4" })
            #expect(merged.content.firstName == "P4" && merged.content.lastName == "Kept", "update_fields writes the parts the source has")
            #expect(try await lists.ids(lists.paris).count == 6, "a copy leaves its sources")
            let backup = try String(contentsOfFile: try #require(try await lists.store.processes.resultPath(id: process.id, tenantID: lists.tenant.id)), encoding: .utf8)
            #expect(backup.split(separator: "\r\n").count == 8)
            #expect(process.details.hasPrefix("copied: 6 added, 1 merged, 0 unchanged of 7 contacts of lists"), "\(process.details)")
        }
    }

    @Test(arguments: Engine.allCases)
    func moveSkipsContactsInProgressAndEmptiesTheRest(engine: Engine) async throws {
        try await with(engine) { lists in
            let process = try await lists.run(ListOperation(action: .move, sources: [lists.paris.id], destination: lists.target.id, mergeRule: .doNothing))
            #expect(process.state == .finished, "\(process.details)")
            // P3, P5 and P6 move as they are; P4 meets the target's own P4 and, by do_nothing, leaves it be.
            #expect(process.counts.skipped == 2 && process.counts.inserted == 3 && process.counts.unchanged == 1 && process.counts.deleted == 1, "\(process.counts)")
            #expect(try await lists.ids(lists.paris) == ["P1", "P2"])
            #expect(try await lists.ids(lists.target) == ["P3", "P5", "P6", "T1", "P4"])
            let moved = try #require(try await lists.contacts(lists.target).first)
            let history = try await lists.store.contacts.history(contactID: moved.id, tenantID: lists.tenant.id, page: PageRequest())
            #expect(history.items.map(\.kind) == [.moved, .imported], "a moved contact keeps its id and history")
            #expect(history.items.first?.changes == [Change(field: "listId", from: .integer(lists.paris.id), to: .integer(lists.target.id))])
            #expect(process.details.contains("skipped 2 in progress: 1 leased, being attempted or not yet processed, 1 a callback is set"))
        }
    }

    @Test(arguments: Engine.allCases)
    func removeLeavesOutContactsPresentInAnExcludedList(engine: Engine) async throws {
        try await with(engine) { lists in
            let process = try await lists.run(ListOperation(
                action: .remove, sources: [lists.paris.id], excludeLists: [lists.target.id], excludeMatch: "phone"))
            #expect(process.counts.deleted == 3 && process.counts.excluded == 1 && process.counts.skipped == 2, "\(process.counts)")
            #expect(try await lists.ids(lists.paris) == ["P1", "P2", "P5"], "P5's number is in the target list")
            let report = try await lists.store.deletedContacts.list(tenantID: lists.tenant.id, listID: lists.paris.id, processID: process.id, page: PageRequest())
            #expect(report.items.count == 3)

            let byField = try await lists.run(ListOperation(
                action: .remove, sources: [lists.lyon.id], filter: try FilterText.parse("score > 0"), excludeLists: [lists.paris.id], excludeMatch: "city"))
            #expect(byField.counts.deleted == 3, "no Lyon contact's city is in Paris: \(byField.details)")
        }
    }

    @Test(arguments: Engine.allCases)
    func updateAndResetChangeContactsInPlace(engine: Engine) async throws {
        try await with(engine) { lists in
            let updated = try await lists.run(ListOperation(
                action: .updateFields, sources: [lists.lyon.id], filter: try FilterText.parse("score >= 80"), fields: ["city": .string("Lyon 2")]))
            #expect(updated.counts.updated == 2 && updated.counts.read == 2, "\(updated.details)")
            #expect(try await lists.contacts(lists.lyon).map { $0.content.custom["city"] } == [.string("Lyon"), .string("Lyon 2"), .string("Lyon 2")])
            let refused = try await lists.run(ListOperation(action: .updateFields, sources: [lists.lyon.id], filter: try FilterText.parse("score > 0"), fields: ["score": .string("many")]))
            #expect(refused.counts.rejected == 3 && refused.counts.updated == 0, "\(refused.details)")

            let reset = try await lists.run(ListOperation(
                action: .reset, sources: [lists.paris.id], filter: try FilterText.parse(#"first_name in ("P3", "P4")"#), attemptsLeft: 5))
            #expect(reset.counts.updated == 2, "\(reset.details)")
            let after = try await lists.contacts(lists.paris)
            #expect(after.filter { $0.content.reasonCodes.isEmpty }.map { $0.content.externalID } == ["P3", "P4"])
            let left = try await lists.store.database.read { sql in
                try await sql.raw("SELECT attempts_left FROM contacts WHERE external_id = 'P3'").first()?.decode(column: "attempts_left", as: Int?.self)
            }
            #expect(left == 5)
        }
    }

    @Test(arguments: Engine.allCases)
    func includeOptionsAndALimitNarrowTheSources(engine: Engine) async throws {
        try await with(engine) { lists in
            let today = CalendarDate(utcOf: Date()).description
            let limited = try await lists.run(ListOperation(
                action: .copy, sources: [lists.paris.id, lists.lyon.id], createdFrom: today, createdTo: today, limit: 4, destination: lists.target.id))
            #expect(limited.counts.read == 4 && limited.counts.inserted == 3 && limited.counts.updated == 1, "\(limited.details)")
            #expect(try await lists.ids(lists.target) == ["T1", "P4", "P1", "P2", "P3"], "the first four uploaded")
            let none = try await lists.run(ListOperation(action: .copy, sources: [lists.lyon.id], completionCodes: ["SALE"], destination: lists.target.id))
            #expect(none.counts.read == 0 && none.state == .finished)
            #expect(none.details.hasSuffix(#"of list \#(lists.lyon.id) passing 'last_completion_code in ("SALE")'"#), "the options read as a filter: \(none.details)")
            let earlier = try await lists.run(ListOperation(action: .copy, sources: [lists.lyon.id], createdTo: "2020-01-01", destination: lists.target.id))
            #expect(earlier.counts.read == 0)
        }
    }
}
