import Foundation
import LeadlineCore
import LeadlineStore
import LeadlineTestSupport
import Testing

@Suite struct ProcessQueueTests {
    private func pending(_ store: Store, list: ContactList, at: Date) async throws -> ListProcess {
        try await store.processes.create(NewProcess(
            tenantID: list.tenantID, listID: list.id, actor: "test", scheduledAt: at, fileName: nil, inputPath: nil,
            settings: .export(ExportSettings())))
    }

    @Test(arguments: Engine.allCases)
    func tenantsTakeTurnsAndNoneRunsMoreThanItsShare(engine: Engine) async throws {
        try await withStore(engine) { store in
            let fixtures = Fixtures(store: store)
            let busy = try await fixtures.list(tenant: try await fixtures.tenant("busy"))
            let quiet = try await fixtures.list(tenant: try await fixtures.tenant("quiet"))
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            var busyOnes: [ListProcess] = []
            for index in 0..<4 { busyOnes.append(try await pending(store, list: busy, at: start.addingTimeInterval(Double(index)))) }
            // The quiet tenant's one process comes long after the busy tenant's queue.
            let late = try await pending(store, list: quiet, at: start.addingTimeInterval(60))
            let now = start.addingTimeInterval(120)
            #expect(try await store.processes.queuePlace(of: busyOnes[2]) == 3)
            #expect(try await store.processes.queuePlace(of: late) == 1)
            #expect(try await store.processes.queue(at: now) == ProcessQueue(pending: 5, running: 0, oldestWait: 120))
            var order: [Int64] = []
            while let claimed = try await store.processes.claimDue(at: now, perTenant: 2) { order.append(claimed.process.id) }
            // The busy tenant's oldest, then the quiet tenant (none of its own running), then the busy tenant up to its share.
            #expect(order == [busyOnes[0].id, late.id, busyOnes[1].id])
            #expect(try await store.processes.queue(at: now) == ProcessQueue(pending: 2, running: 3, oldestWait: 118))
            try await store.processes.finish(id: busyOnes[0].id, state: .finished, details: "", counts: nil, resultPath: nil)
            #expect(try await store.processes.claimDue(at: now, perTenant: 2)?.process.id == busyOnes[2].id)
            #expect(try await store.processes.claimDue(at: now, perTenant: 2) == nil)
        }
    }
}
