import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Logging
import Testing

/// Seed 004: an import into a list that a running job works can ask for the job's contacts to be
/// selected again, so the new uploads join without anyone pressing churn.
@Suite struct ImportChurnTests {
    @Test(arguments: Engine.allCases)
    func anImportThatAsksForChurnBringsItsContactsIntoTheRunningJob(engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: (0..<3).map(CampaignHarness.newYorker)) { h in
            let job = try await h.start()
            #expect(try await h.store.jobs.counters(jobID: job.id).overall[JobCounters.total] == 3)
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-churn-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let files = try ProcessFiles(directory: directory)
            let runner = ProcessRunner(store: h.store, files: files, logger: Logger(label: "test"))

            func importRows(_ text: String, churn: Bool) async throws -> ListProcess {
                let path = files.newUploadPath()
                try text.write(toFile: path, atomically: true, encoding: .utf8)
                let process = try await h.store.processes.create(NewProcess(
                    tenantID: h.tenant.id, listID: h.list.id, actor: "tester", scheduledAt: Date(), fileName: "new.csv", inputPath: path,
                    settings: .import(ImportSettings(churnJobs: churn))))
                await runner.runDue()
                return try #require(try await h.store.processes.find(id: process.id, tenantID: h.tenant.id))
            }

            let quiet = try await importRows("external_id,first_name,phone1\nNY10,Ann,+12125550010\n", churn: false)
            #expect(quiet.state == .finished && !quiet.details.contains("churn"))
            #expect(try await h.store.jobs.counters(jobID: job.id).overall[JobCounters.total] == 3, "without churn the job keeps its selection")

            let asked = try await importRows("external_id,first_name,phone1\nNY11,Bob,+12125550011\n", churn: true)
            #expect(asked.state == .finished && asked.details.contains("churn started in process"), "\(asked.details)")
            #expect(try await h.store.jobs.counters(jobID: job.id).overall[JobCounters.total] == 5, "both uploads joined")
            try await h.expectCountersTrue(job.id)
        }
    }

    @Test(arguments: Engine.allCases)
    func anImportAskingForChurnWithNoRunningJobSaysSo(engine: Engine) async throws {
        try await CampaignHarness.with(engine, contacts: []) { h in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-churn-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let files = try ProcessFiles(directory: directory)
            let path = files.newUploadPath()
            try "external_id,phone1\nNY1,+12125550001\n".write(toFile: path, atomically: true, encoding: .utf8)
            let process = try await h.store.processes.create(NewProcess(
                tenantID: h.tenant.id, listID: h.list.id, actor: "tester", scheduledAt: Date(), fileName: nil, inputPath: path,
                settings: .import(ImportSettings(churnJobs: true))))
            await ProcessRunner(store: h.store, files: files, logger: Logger(label: "test")).runDue()
            let ended = try #require(try await h.store.processes.find(id: process.id, tenantID: h.tenant.id))
            #expect(ended.state == .finished && ended.counts.inserted == 1)
            #expect(ended.details.contains("no running job uses the list"))
        }
    }
}
