import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

@Suite struct BulkJobTests {
    private func run(_ harness: ImportHarness, _ settings: ProcessSettings) async throws -> ListProcess {
        let process = try await harness.store.processes.create(NewProcess(
            tenantID: harness.tenant.id, listID: harness.list.id, actor: "tester", scheduledAt: Date(), fileName: nil, inputPath: nil,
            settings: settings))
        await harness.runner.runDue()
        return try #require(try await harness.store.processes.find(id: process.id, tenantID: harness.tenant.id))
    }

    @Test(arguments: Engine.allCases)
    func aDeleteLeavesABackupThatImportsTheContactsBack(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            var file = LeadFile(seed: 5, duplicateShare: 0, dirtyShare: 0)
            let path = harness.files.newUploadPath()
            _ = try file.write(rows: 4500, to: path)
            _ = try await harness.importFile(path)
            let before = try await harness.contacts()
            let filter = try FilterText.parse(#"segment = "retail" or balance < 5000"#)
            let checked = try FilterCheck.check(filter, fields: harness.list.schema, now: Date())
            let selected = try await harness.store.contacts.count(listIDs: [harness.list.id], filter: checked, tenantID: harness.tenant.id)
            #expect(selected > 2000 && selected < before.count, "more than one batch, less than the list")

            let process = try await run(harness, .delete(BulkSettings(filter: filter)))
            #expect(process.state == .finished, "\(process.details)")
            #expect(process.counts.deleted == selected && process.counts.skipped == 0)
            #expect(process.details == #"deleted \#(selected) of \#(selected) contacts passing 'segment = "retail" or balance < 5000'"#)
            #expect(process.hasResultFile)
            let remaining = try await harness.contacts()
            #expect(remaining.count == before.count - selected)

            let backup = try #require(try await harness.store.processes.resultPath(id: process.id, tenantID: harness.tenant.id))
            let restored = try await harness.importFile(backup)
            #expect(restored.state == .finished && restored.counts.inserted == selected && restored.counts.rejected == 0, "\(restored.details)")
            let after = try await harness.contacts()
            // The file carries numbers in E.164, as exports do; the deleted-contacts report keeps the raw text.
            let contents = { (contacts: [Contact]) in
                Dictionary(uniqueKeysWithValues: contacts.map { contact in
                    var content = contact.content
                    for index in content.phones.indices { content.phones[index].raw = content.phones[index].e164 }
                    return (content.externalID!, content)
                })
            }
            let (was, now) = (contents(before), contents(after))
            #expect(was.count == now.count)
            for (key, content) in was where now[key] != content {
                Issue.record("\(key): \(content) became \(String(describing: now[key]))")
                break
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aStatusChangeCountsAndWritesWhatItChanged(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            _ = try await harness.importText("account_id,first_name,phone1,score\nA1,Ann,4155550101,10\nA2,Bob,4155550102,20\nA3,Cy,4155550103,30\n")
            let change = StatusChange(status: .closed, priority: 7)
            let process = try await run(harness, .statusChange(BulkSettings(filter: try FilterText.parse("score >= 20"), change: change)))
            #expect(process.state == .finished && process.counts.updated == 2, "\(process.details)")
            #expect(process.details.hasPrefix("changed 2, unchanged 0 of 2 contacts passing 'score >= 20'"))
            let statuses = try await harness.contacts().map { "\($0.content.externalID!) \($0.content.status.rawValue) \($0.content.priority)" }
            #expect(statuses == ["A1 remaining 5", "A2 closed 7", "A3 closed 7"])
            let backup = try String(contentsOfFile: try #require(try await harness.store.processes.resultPath(id: process.id, tenantID: harness.tenant.id)), encoding: .utf8)
            let lines = backup.split(separator: "\r\n")
            #expect(lines.count == 3 && lines[1].contains("A2") && lines[1].contains("remaining"))
        }
    }

    @Test(arguments: Engine.allCases)
    func aFilterThatNoLongerFitsTheListFailsTheProcessAndChangesNothing(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            _ = try await harness.importText("account_id,first_name\nA1,Ann\n")
            let process = try await run(harness, .delete(BulkSettings(filter: try FilterText.parse("nosuch = 1"))))
            #expect(process.state == .failed && process.details.contains("'nosuch' is not a field"), "\(process.details)")
            #expect(try await harness.contacts().count == 1)
        }
    }
}
