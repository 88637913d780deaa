import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

@Suite struct ImportJobTests {
    @Test(arguments: Engine.allCases)
    func aGeneratedFileLandsWithEveryRowAccountedFor(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            let path = harness.files.directory + "/generated.csv"
            var file = LeadFile(seed: 11, duplicateShare: 0.05, dirtyShare: 0.05)
            let summary = try file.write(rows: 5000, to: path)
            let process = try await harness.importFile(path)
            #expect(process.state == .finished, "\(process.details)")
            let counts = process.counts
            #expect(counts.read == summary.rows)
            #expect(counts.inserted + counts.duplicates + counts.rejected + counts.unchanged == counts.read)
            #expect(counts.rejected >= summary.dirty * 8 / 10 && counts.duplicates > 0)
            #expect(process.progress == 100 && process.startedAt != nil && process.endedAt != nil)
            let contacts = try await harness.contacts()
            #expect(contacts.count == counts.inserted)
            #expect(contacts.allSatisfy { $0.content.phones.allSatisfy { $0.e164.hasPrefix("+") } })
            let rejects = try await harness.rejects(of: process)
            #expect(rejects.first?.prefix(3) == ["line", "column", "reason"] && rejects.count == counts.rejected + 1)

            // The same file with the same rules gives the same list. A contact whose rows fall in
            // two batches is written twice (to the same content in the end), so only within one
            // batch is nothing written at all.
            let again = try await harness.importFile(path)
            #expect(again.state == .finished && again.counts.inserted == 0)
            #expect(again.counts.unchanged + again.counts.updated + again.counts.duplicates + again.counts.rejected == again.counts.read)
            #expect(again.counts.updated <= counts.duplicates)
            let after = try await harness.contacts()
            #expect(after.map(\.id) == contacts.map(\.id) && after.map(\.content) == contacts.map(\.content))
        }
    }

    @Test(arguments: Engine.allCases)
    func duplicatesInOneFileFirstOrLastWins(engine: Engine) async throws {
        let text = "account_id,first_name,phone1\nA1,Ann,415 555 0100\nA2,Bob,415 555 0101\nA1,Anna,415 555 0102\n"
        try await ImportHarness.with(engine) { harness in
            var rules = ImportRules()
            rules.duplicates = .first
            let first = try await harness.importText(text, ImportSettings(rules: rules))
            #expect(first.counts.inserted == 2 && first.counts.duplicates == 1)
            #expect(try await harness.contacts().map(\.content.firstName) == ["Ann", "Bob"])
        }
        try await ImportHarness.with(engine) { harness in
            let last = try await harness.importText(text)
            #expect(last.counts.inserted == 2 && last.counts.duplicates == 1)
            let contacts = try await harness.contacts()
            #expect(contacts.map(\.content.firstName) == ["Anna", "Bob"] && contacts[0].content.phones.map(\.e164) == ["+14155550102"])
        }
    }

    @Test(arguments: Engine.allCases)
    func mergeAndUpdateRules(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            _ = try await harness.importText("account_id,first_name,city,phone1\nA1,Ann,Austin,4155550100\nA2,Bob,Boise,4155550101\nA3,Cy,,4155550102\n")
            let before = try await harness.contacts()
            // A3 is in callback: no rule may inactivate or delete it.
            _ = try await harness.store.contacts.update(id: before[2].id, tenantID: harness.tenant.id, expectedVersion: nil, actor: "t") { contact, list in
                try ContactRules.update(ContactInput(status: .callback), current: contact.content, list: list)
            }
            var rules = ImportRules(importRule: .doNothing, updateRule: .inactivate, mergeRule: .updateFields)
            let second = try await harness.importText("account_id,first_name\nA1,Annie\nA9,Zed\n", ImportSettings(rules: rules))
            #expect(second.state == .finished, "\(second.details)")
            #expect(second.counts.updated == 2 && second.counts.unchanged == 2 && second.counts.inserted == 0, "\(second.counts)")
            var contacts = try await harness.contacts()
            #expect(contacts.map(\.content.firstName) == ["Annie", "Bob", "Cy"])
            #expect(contacts[0].content.custom["city"] == .string("Austin"), "update fields keeps what the file does not fill")
            #expect(contacts.map(\.content.status) == [.remaining, .inactive, .callback])

            rules = ImportRules(importRule: .append, updateRule: .activate, mergeRule: .replace)
            let third = try await harness.importText("account_id,first_name\nA1,Ann\n", ImportSettings(rules: rules))
            #expect(third.counts.updated == 2 && third.counts.unchanged == 1, "\(third.counts)")
            contacts = try await harness.contacts()
            #expect(contacts[0].content.custom["city"] == nil && contacts[0].content.phones.isEmpty, "replace takes the file's record whole")
            #expect(contacts.map(\.content.status) == [.remaining, .remaining, .callback])

            rules = ImportRules(importRule: .doNothing, updateRule: .delete, mergeRule: .append)
            let fourth = try await harness.importText("account_id,first_name,phone1\nA1,Ignored,4155550199\n", ImportSettings(rules: rules))
            #expect(fourth.counts.deleted == 1 && fourth.counts.updated == 1, "\(fourth.counts)")
            contacts = try await harness.contacts()
            #expect(contacts.map(\.content.externalID) == ["A1", "A3"], "the contact in callback is never deleted")
            #expect(contacts[0].content.firstName == "Ann" && contacts[0].content.phones.map(\.e164) == ["+14155550199"])
        }
    }

    @Test(arguments: Engine.allCases)
    func aUniqueValueHeldByAnotherContactRejectsTheRow(engine: Engine) async throws {
        try await ImportHarness.with(engine, uniqueVAT: true) { harness in
            let process = try await harness.importText("account_id,vat_number\nA1,DE1\nA2,DE1\nA3,DE3\n")
            #expect(process.counts.inserted == 2 && process.counts.rejected == 1)
            let rejects = try await harness.rejects(of: process)
            #expect(rejects.count == 2 && rejects[1].first == "3" && rejects[1].joined().contains("an earlier row of this file"))
        }
    }

    @Test(arguments: Engine.allCases)
    func emptyingFirstKeepsContactsInProgress(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            _ = try await harness.importText("account_id\nA1\nA2\n")
            let a2 = try await harness.contacts()[1]
            _ = try await harness.store.contacts.update(id: a2.id, tenantID: harness.tenant.id, expectedVersion: nil, actor: "t") { contact, list in
                try ContactRules.update(ContactInput(status: .processing), current: contact.content, list: list)
            }
            var rules = ImportRules()
            rules.emptyListFirst = true
            let process = try await harness.importText("account_id\nB1\n", ImportSettings(rules: rules))
            #expect(process.counts.deleted == 1 && process.counts.inserted == 1 && process.counts.skipped == 1)
            #expect(try await harness.contacts().map(\.content.externalID) == ["A2", "B1"])
            let report = try await harness.store.deletedContacts.list(tenantID: harness.tenant.id, listID: nil, processID: process.id, page: PageRequest())
            #expect(report.items.map(\.content.externalID) == ["A1"] && report.items.first?.actor == "import \(process.id)")
        }
    }

    @Test(arguments: Engine.allCases)
    func emptyingFirstCanBeNarrowedByAFilter(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            _ = try await harness.importText("account_id,score\nA1,10\nA2,20\nA3,30\n")
            var rules = ImportRules(emptyListFirst: true)
            rules.emptyFilter = .string("score >= 20")
            let process = try await harness.importText("account_id\nB1\n", ImportSettings(rules: rules))
            #expect(process.counts.deleted == 2, "\(process.details)")
            #expect(try await harness.contacts().map(\.content.externalID) == ["A1", "B1"])
            let report = try await harness.store.deletedContacts.list(tenantID: harness.tenant.id, listID: nil, processID: process.id, page: PageRequest())
            #expect(report.items.allSatisfy { $0.filter == "score >= 20" })

            rules.emptyFilter = .string("nosuch > 1")
            let refused = try await harness.importText("account_id\nC1\n", ImportSettings(rules: rules))
            #expect(refused.state == .failed && refused.details.contains("'nosuch' is not a field"), "\(refused.details)")
            #expect(try await harness.contacts().count == 2)
            var loose = ImportRules()
            loose.emptyFilter = .string("score > 1")
            #expect(throws: ValidationFailure(field: "emptyFilter", reason: "narrows emptyListFirst; set it too")) { try loose.check() }
        }
    }
}

@Suite struct OtherListsTests {
    @Test(arguments: Engine.allCases)
    func contactsFoundInOtherListsAreUpdatedThereOrMovedHere(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            let other = try await harness.store.lists.create(ListSettings(name: "Old leads", defaultRegion: "US"), tenantID: harness.tenant.id)
            var elsewhere = harness
            elsewhere.list = other
            _ = try await elsewhere.importText("account_id,first_name,city\nX1,Xena,Austin\nX2,Xavi,Boise\n")

            var update = ImportRules()
            update.updateOtherLists = true
            let updated = try await harness.importText("account_id,first_name\nX1,Xenia\nN1,Nia\n", ImportSettings(rules: update))
            #expect(updated.counts.updated == 1 && updated.counts.inserted == 1, "\(updated.counts)")
            #expect(try await elsewhere.contacts().map(\.content.firstName) == ["Xenia", "Xavi"])
            #expect(try await harness.contacts().map(\.content.externalID) == ["N1"])

            var move = ImportRules()
            move.moveFromOtherLists = true
            let moved = try await harness.importText("account_id,first_name\nX2,Xavier\n", ImportSettings(rules: move))
            #expect(moved.counts.updated == 1 && moved.counts.inserted == 0, "\(moved.counts)")
            #expect(try await elsewhere.contacts().map(\.content.externalID) == ["X1"])
            let here = try await harness.contacts()
            #expect(here.map(\.content.externalID) == ["X2", "N1"] && here[0].content.firstName == "Xavier" && here[0].content.custom["city"] == .string("Boise"))
            let again = try await harness.importText("account_id,first_name\nX2,Xavier\n", ImportSettings(rules: move))
            #expect(again.counts.unchanged == 1, "the moved contact is found here now")
        }
    }
}

@Suite struct ReimportTests {
    /// Within one batch, re-importing a file with duplicates writes nothing at all.
    @Test func aSecondImportOfTheSameSmallFileChangesNothing() async throws {
        try await ImportHarness.with(.sqlite) { harness in
            let text = "account_id,first_name,company\nA1,Ann,Acme\nA2,Bob,\nA1,Anna,\n"
            _ = try await harness.importText(text)
            let before = try await harness.contacts()
            let again = try await harness.importText(text)
            #expect(again.counts.updated == 0 && again.counts.unchanged == 2 && again.counts.duplicates == 1, "\(again.counts)")
            #expect(try await harness.contacts() == before)
        }
    }
}
