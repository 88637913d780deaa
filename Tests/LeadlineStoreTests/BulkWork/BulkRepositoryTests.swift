import Foundation
import LeadlineCore
import LeadlineStore
import Testing

/// Bulk deletes and status changes, and the rule that contacts in progress are never touched.
@Suite struct BulkRepositoryTests {
    /// Twelve contacts: priority 1...12; 1–2 processing, 3 callback, 4 with a retry set, the rest free.
    private func seed(_ store: Store) async throws -> (Tenant, ContactList, ContactList, [Int64]) {
        let tenant = try await store.tenants.create(name: "acme")
        let list = try await store.lists.create(ListSettings(name: "Main"), tenantID: tenant.id)
        let other = try await store.lists.create(ListSettings(name: "Other"), tenantID: tenant.id)
        let contents = (1...12).map { index in
            ContactContent(
                externalID: "C\(index)", lastName: "Lee\(index)",
                phones: [
                    PhoneNumber(raw: "a", e164: "+1415555\(String(format: "%04d", index))", state: .inactive, retryCount: 2),
                    PhoneNumber(raw: "b", e164: "+1415666\(String(format: "%04d", index))", state: .blocked, retryCount: 1),
                ],
                priority: index, status: index <= 2 ? .processing : index == 3 ? .callback : .remaining)
        }
        let ids = try await store.contacts.createMany(listID: list.id, tenantID: tenant.id, actor: "t", kind: .imported, contents)
        _ = try await store.contacts.createMany(listID: other.id, tenantID: tenant.id, actor: "t", kind: .imported, contents)
        let retrying = ids[3]
        try await store.database.write { sql in try await sql.raw("UPDATE contacts SET retry_at = 1 WHERE id = \(bind: retrying)").run() }
        return (tenant, list, other, ids)
    }

    private func process(_ store: Store, tenant: Tenant, list: ContactList, _ settings: ProcessSettings) async throws -> ListProcess {
        try await store.processes.create(NewProcess(
            tenantID: tenant.id, listID: list.id, actor: "tester", scheduledAt: Date(), fileName: nil, inputPath: nil, settings: settings))
    }

    private func filter(_ text: String) throws -> CheckedFilter {
        try FilterCheck.check(try FilterText.parse(text), fields: [], now: Date())
    }

    @Test(arguments: Engine.allCases)
    func aDeleteSkipsContactsInProgressAndReportsTheOthers(engine: Engine) async throws {
        try await withStore(engine) { store in
            let (tenant, list, other, ids) = try await seed(store)
            let process = try await process(store, tenant: tenant, list: list, .delete(BulkSettings(filter: try FilterText.parse("priority <= 8"))))
            var after: Int64 = 0
            var deleted: [Contact] = []
            var skipped: [InProgress: Int] = [:]
            var counts = ProcessCounts()
            while let batch = try await store.bulk.apply(
                .delete, listID: list.id,
                to: BatchRequest(tenantID: tenant.id, filter: try filter("priority <= 8"), filterText: "priority <= 8", afterID: after, limit: 3,
                                 processID: process.id, actor: "delete by tester", progress: nil))
            {
                after = batch.lastID
                deleted += batch.touched
                skipped.merge(batch.skipped, uniquingKeysWith: +)
                counts = counts + batch.counts
            }
            #expect(deleted.map(\.id) == Array(ids[4..<8]))
            #expect(skipped == [.processing: 2, .callback: 1, .retry: 1])
            #expect(counts.read == 8 && counts.deleted == 4 && counts.skipped == 4)
            #expect(try await store.processes.find(id: process.id, tenantID: tenant.id)?.counts == counts)
            let left = try await store.contacts.batch(listID: list.id, tenantID: tenant.id, statuses: nil, filter: nil, after: 0, limit: 100)
            #expect(left.map(\.id) == Array(ids[0..<4]) + Array(ids[8..<12]))
            #expect(try await store.contacts.count(listIDs: [other.id], filter: .all([]), tenantID: tenant.id) == 12)

            let report = try await store.deletedContacts.list(tenantID: tenant.id, listID: list.id, processID: process.id, page: PageRequest())
            #expect(Set(report.items.map(\.contactID)) == Set(ids[4..<8]))
            #expect(report.items.allSatisfy { $0.actor == "delete by tester" && $0.filter == "priority <= 8" })
            let eighth = try #require(report.items.first { $0.contactID == ids[7] })
            #expect(eighth.content == deleted.last?.content)
            let rival = try await store.tenants.create(name: "rival")
            #expect(try await store.deletedContacts.list(tenantID: rival.id, listID: nil, processID: nil, page: PageRequest()).items.isEmpty)
        }
    }

    @Test(arguments: Engine.allCases)
    func aStatusChangeLeavesBlockedNumbersAndBusyContactsAlone(engine: Engine) async throws {
        try await withStore(engine) { store in
            let (tenant, list, _, ids) = try await seed(store)
            let change = StatusChange(status: .postponed, priority: 9, clearRetries: true, activatePhones: [.inactive])
            let process = try await process(store, tenant: tenant, list: list, .statusChange(BulkSettings(filter: .everything, change: change)))
            let batch = try #require(try await store.bulk.apply(
                .change(change), listID: list.id,
                to: BatchRequest(tenantID: tenant.id, filter: .all([]), filterText: "", afterID: 0, limit: 100, processID: process.id, actor: "change", progress: 50)))
            #expect(batch.counts.updated == 8 && batch.counts.skipped == 4 && batch.touched.map(\.id) == Array(ids[4...]))
            #expect(batch.touched.allSatisfy { $0.content.status == .remaining }, "the backup holds contacts as they were")
            let changed = try #require(try await store.contacts.find(id: ids[5], tenantID: tenant.id))
            #expect(changed.content.status == .postponed && changed.content.priority == 9)
            #expect(changed.content.phones.map(\.state) == [.active, .blocked])
            #expect(changed.content.phones.map(\.retryCount) == [0, 0])
            let busy = try #require(try await store.contacts.find(id: ids[0], tenantID: tenant.id))
            #expect(busy.content.status == .processing && busy.content.priority == 1)
            let history = try await store.contacts.history(contactID: ids[5], tenantID: tenant.id, page: PageRequest())
            #expect(history.items.first?.actor == "change")
            #expect(try await store.processes.find(id: process.id, tenantID: tenant.id)?.progress == 50)

            let again = try #require(try await store.bulk.apply(
                .change(change), listID: list.id,
                to: BatchRequest(tenantID: tenant.id, filter: .all([]), filterText: "", afterID: 0, limit: 100, processID: process.id, actor: "change", progress: nil)))
            #expect(again.counts.updated == 0 && again.counts.unchanged == 8 && again.touched.isEmpty)
        }
    }

    @Test(arguments: Engine.allCases)
    func aSingleDeleteFollowsTheSameRule(engine: Engine) async throws {
        try await withStore(engine) { store in
            let (tenant, list, _, ids) = try await seed(store)
            for (index, reason) in [(0, "leased, being attempted"), (2, "a callback is set"), (3, "a retry is set")] {
                await #expect(throws: DomainError.self) {
                    try await store.contacts.delete(id: ids[index], tenantID: tenant.id, expectedVersion: nil, actor: "ann")
                }
                do {
                    try await store.contacts.delete(id: ids[index], tenantID: tenant.id, expectedVersion: nil, actor: "ann")
                } catch let error as DomainError {
                    #expect(error.description.contains(reason), "\(error)")
                }
                #expect(try await store.contacts.find(id: ids[index], tenantID: tenant.id) != nil)
            }
            try await store.contacts.delete(id: ids[6], tenantID: tenant.id, expectedVersion: 1, actor: "ann")
            let report = try await store.deletedContacts.list(tenantID: tenant.id, listID: list.id, processID: nil, page: PageRequest())
            #expect(report.items.map(\.contactID) == [ids[6]] && report.items[0].processID == nil && report.items[0].actor == "ann")
            #expect(report.items[0].content.phones.map(\.e164) == ["+14155550007", "+14156660007"])
        }
    }
}
