import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Logging
import Testing

/// A `callback_at` column: each row's contact gets a callback scheduled by the import in the
/// campaign the import names (or the one campaign of the list); a time in the past rejects its
/// row; the same file imported again moves the callbacks rather than doubling them.
@Suite struct ImportCallbackTests {
    @Test(arguments: Engine.allCases)
    func aCallbackColumnSchedulesCallbacksInTheListsCampaign(engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (0..<2).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-callbacks-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let files = try ProcessFiles(directory: directory)
            let runner = ProcessRunner(store: h.store, files: files, logger: Logger(label: "test"))
            func importFile(_ text: String, campaign: Int64? = nil) async throws -> ListProcess {
                let path = files.newUploadPath()
                try text.write(toFile: path, atomically: true, encoding: .utf8)
                let process = try await h.store.processes.create(NewProcess(
                    tenantID: h.tenant.id, listID: h.list.id, actor: "tester", scheduledAt: Date(), fileName: "callbacks.csv", inputPath: path,
                    settings: .import(ImportSettings(callbackCampaignId: campaign))))
                await runner.runDue()
                return try #require(try await h.store.processes.find(id: process.id, tenantID: h.tenant.id))
            }
            let file = """
                external_id,first_name,phone1,Callback Time
                NY0,Ann,+12125550000,2026-12-10 10:00
                NY5,Eve,+12125550005,2026-12-10T16:00:00Z
                NY6,Old,+12125550006,2020-01-01 10:00

                """
            let first = try await importFile(file)
            #expect(first.state == .finished && first.counts.rejected == 1, "\(first.details)")
            #expect(first.details.contains("2 callbacks scheduled in campaign \(h.campaign.id)"), "\(first.details)")
            let rejects = try #require(try await h.store.processes.resultPath(id: first.id, tenantID: h.tenant.id))
            #expect(try String(contentsOfFile: rejects, encoding: .utf8).contains("must not be in the past"))

            var made = try await h.store.callbacks.search(CallbackSearch(), tenantID: h.tenant.id, page: PageRequest()).items
            #expect(made.count == 2 && made.allSatisfy { $0.type == .scheduledByImport && $0.state == .scheduled })
            // 10:00 in the list's New York is 15:00Z.
            #expect(Set(made.map(\.dueAt)) == [Timestamp.parse("2026-12-10T15:00:00Z")!, Timestamp.parse("2026-12-10T16:00:00Z")!])
            #expect(try await h.job(job.id).counters.value(JobCounters.callbacks) == 1, "NY0 is the job's; NY5 came after it selected")
            try await h.expectCountersTrue(job.id)

            let again = try await importFile(file.replacingOccurrences(of: "2026-12-10 10:00", with: "2026-12-11 10:00"))
            #expect(again.state == .finished, "\(again.details)")
            made = try await h.store.callbacks.search(CallbackSearch(), tenantID: h.tenant.id, page: PageRequest()).items
            #expect(made.count == 2, "moved, not doubled")
            #expect(made.contains { $0.dueAt == Timestamp.parse("2026-12-11T15:00:00Z")! })
            try await h.expectCountersTrue(job.id)

            // With two campaigns on the list the import must say which.
            let second = try await CampaignSetup.createCampaign(
                CampaignDefinition(name: "Other", channel: .voice, strategyID: h.strategy.id, listIDs: [h.list.id]), tenantID: h.tenant.id,
                store: h.store, now: h.clock.now())
            let ambiguous = try await importFile(file)
            #expect(ambiguous.state == .failed && ambiguous.details.contains("callbackCampaignId"), "\(ambiguous.details)")
            let named = try await importFile(file, campaign: second.id)
            #expect(named.state == .finished && named.details.contains("2 callbacks scheduled in campaign \(second.id)"), "\(named.details)")
        }
    }
}
