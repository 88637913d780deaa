import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// An import is forgiving where people are ordinary and strict where data is wrong, and says what it did.
@Suite struct ForgivingImportTests {
    @Test(arguments: Engine.allCases)
    func emptyCellsKeepValuesUnlessTheImportClearsThem(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            _ = try await harness.importText("account_id,first_name,phone1,phone2,city\nA1,Ann,(602) 555-0100,(602) 555-0101,Mesa\n")
            // A later file that leaves cells empty, phone1 included, erases nothing.
            let kept = try await harness.importText("account_id,first_name,phone1,phone2,city\nA1,,,(602) 555-0199,\n")
            #expect(kept.counts.updated == 1, "\(kept.details)")
            var contact = try #require(try await harness.contacts().first)
            #expect(contact.content.firstName == "Ann" && contact.content.custom["city"] == .string("Mesa"))
            #expect(contact.content.phones.map(\.e164) == ["+16025550100", "+16025550199"], "phone2 takes the second place, phone1 stays")
            // A later row of the same file does not erase what an earlier one gave.
            _ = try await harness.importText("account_id,first_name,city\nA2,Bob,Tempe\nA2,,\n")
            #expect(try await harness.contacts().last?.content.custom["city"] == .string("Tempe"))

            let cleared = try await harness.importText(
                "account_id,first_name,phone1,phone2,city\nA1,,(602) 555-0100,,\n", ImportSettings(rules: ImportRules(emptyCells: .clear)))
            #expect(cleared.counts.updated == 1, "\(cleared.details)")
            contact = try #require(try await harness.contacts().first)
            #expect(contact.content.firstName == nil && contact.content.custom["city"] == nil && contact.content.phones.count == 1)
        }
    }

    @Test(arguments: Engine.allCases)
    func extensionsAreKeptAndExportedBack(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            let process = try await harness.importText("account_id,phone1,phone2\nA1,602-555-0100 x45,+1 602 555 0100\nA2,(602) 555-0101 #7,\n")
            #expect(process.counts.inserted == 2 && process.counts.folded == 1, "\(process.details)")
            let export = try ContactExport(listID: harness.list.id, tenantID: harness.tenant.id, settings: ExportSettings(fields: ["external_id", "phone1"]))
            var bytes: [UInt8] = []
            _ = try await export.write(store: harness.store, emit: { bytes += $0; $0.removeAll() })
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text == "external_id,phone1\r\nA1,+16025550100 ext. 45\r\nA2,+16025550101 ext. 7\r\n", "\(text)")
            let numbers = { (contacts: [Contact]) in contacts.map { $0.content.phones.map { "\($0.e164) \($0.extension ?? "")" } } }
            let before = numbers(try await harness.contacts())
            let again = try await harness.importText(text)
            #expect(again.counts.inserted == 0 && again.counts.rejected == 0, "\(again.details)")
            #expect(numbers(try await harness.contacts()) == before && before == [["+16025550100 45"], ["+16025550101 7"]])
        }
    }

    @Test(arguments: Engine.allCases)
    func theRegionIsInferredOrNamedAndNeverASilentTrap(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            // No region on the list: the numbers written with a country code say GB.
            harness.list = try await harness.store.lists.create(ListSettings(name: "UK"), tenantID: harness.tenant.id)
            let british = try await harness.importText("account_id,phone1\nB1,+44 20 7946 0958\nB2,020 7946 0959\nB3,07700 900123\n")
            #expect(british.counts.inserted == 3 && british.details.contains("read as GB, the region of the file's numbers"), "\(british.details)")

            // A tenant with no region and a list with none: the rows fail, and the details say why.
            let bare = try await harness.store.tenants.create(name: "bare", defaultRegion: nil)
            harness.tenant = bare
            harness.list = try await harness.store.lists.create(ListSettings(name: "Leads"), tenantID: bare.id)
            let lines = (0..<20).map { "C\($0),(602) 555-01\(String(10 + $0))" }.joined(separator: "\n")
            let lost = try await harness.importText("account_id,phone1\n" + lines + "\n")
            #expect(lost.counts.rejected == 20 && lost.details.contains("neither the list nor the tenant has a default region"), "\(lost.details)")
            #expect(lost.details.contains("20 rows were rejected for numbers not written with a country code"), "\(lost.details)")

            let us = try await harness.store.tenants.update(id: bare.id, name: nil, defaultRegion: "US")
            #expect(us.defaultRegion == "US")
            let found = try await harness.importText("account_id,phone1\n" + lines + "\n")
            #expect(found.counts.inserted == 20 && found.details.contains("read as US, the tenant's default region"), "\(found.details)")
            await #expect(throws: ValidationFailure.self) { try await harness.store.tenants.update(id: bare.id, name: nil, defaultRegion: "XX") }
        }
    }

    @Test(arguments: Engine.allCases)
    func aListsLocaleAndDateOrderReadItsCells(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            let settings = try ListRules.create(
                ListInput(name: "Berlin", timeZone: "Europe/Berlin", defaultRegion: "DE", locale: "de", dateOrder: "dmy"), schema: [],
                ownTenant: harness.tenant.id)
            harness.list = try await harness.store.lists.create(settings, tenantID: harness.tenant.id)
            let process = try await harness.importText(
                "account_id;phone1;balance;due_date;vip\nD1;030 901820;1.595,75 €;31.01.2026;ja\nD2;0171 1234567;(120,00);5/1/2026;nein\n"
                + "D3;030 901821;1,2,3;01/31/2026;vielleicht\n")
            #expect(process.counts.inserted == 2 && process.counts.rejected == 1, "\(process.details)")
            let contacts = try await harness.contacts()
            #expect(contacts.map { $0.content.custom["balance"] } == [.decimal(Decimal(string: "1595.75")!), .decimal(-120)])
            #expect(contacts.map { $0.content.custom["due_date"] } == [.string("2026-01-31"), .string("2026-01-05")])
            #expect(contacts.map { $0.content.custom["vip"] } == [.bool(true), .bool(false)])
            #expect(contacts.first?.content.phones.first?.e164 == "+4930901820")
            let reasons = try await harness.rejects(of: process).dropFirst().first?[2] ?? ""
            #expect(reasons.contains("balance") && reasons.contains("due_date") && reasons.contains("vip"), "every bad cell is named: \(reasons)")
        }
    }

    /// Each kind of bad cell is read as the rules say or rejected with its cell and reason, and
    /// nothing else of the list changes.
    @Test(arguments: Engine.allCases)
    func badCellsAreReadByTheRulesOrRejectedWithTheirReason(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            _ = try await harness.store.lists.addField(
                FieldDefinition(name: "memo", type: .text), listID: harness.list.id, tenantID: harness.tenant.id, expectedVersion: nil)
            _ = try await harness.importText("account_id,first_name\nK1,Kept\n")
            let before = try await harness.contacts()
            let file = """
                account_id,memo,due_date,balance,vip,phone1,phone2,state
                G1,"$1,595.75",01/31/2026,"$1,595.75",yes,(602) 555-0100,602.555.0100,AZ
                B1,,31/01/2026,,,,,
                B2,,,$,,,,
                B3,,,"1,2,3",,,,
                B4,,,,maybe,,,
                B5,,,,,602-555-0100 x45,602-555-0100 x46,
                B6,,,,,,,Active

                """
            let process = try await harness.importText(file)
            #expect(process.counts.inserted == 1 && process.counts.rejected == 6, "\(process.details)")
            let good = try #require(try await harness.contacts().first { $0.content.externalID == "G1" })
            #expect(good.content.custom["memo"] == .string("$1,595.75") && good.content.custom["balance"] == .decimal(Decimal(string: "1595.75")!))
            #expect(good.content.custom["due_date"] == .string("2026-01-31") && good.content.custom["vip"] == .bool(true) && good.content.phones.count == 1)
            let reasons = Dictionary(uniqueKeysWithValues: try await harness.rejects(of: process).dropFirst().map { ($0[3], $0[1]) })
            #expect(reasons == ["B1": "due_date", "B2": "balance", "B3": "balance", "B4": "vip", "B5": "phone2", "B6": "state"], "\(reasons)")
            let after = try await harness.contacts()
            #expect(after.filter { $0.content.externalID != "G1" }.map(\.content) == before.map(\.content), "nothing else changed")
        }
    }
}
