import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// An ordinary CRM export goes in whole on a list owner's first day: every good row, every
/// column, only the truly wrong rows rejected, and those fixed and loaded back.
@Suite struct CRMFileTests {
    /// 306 US leads as a CRM exports them: two phone columns in mixed formats (the second often
    /// the first again), balances with currency signs, notes with commas and line breaks, and
    /// seven truly wrong rows (four unreadable numbers, three addresses that are no email).
    static func crmFile() -> (text: String, bad: Set<String>) {
        var generator = LeadGenerator(seed: 306)
        var writer = CSVWriter(dialect: CSVDialect(), neutralizeFormulas: false)
        var bytes: [UInt8] = []
        writer.write(["Account ID", "First Name", "Last Name", "Phone 1", "Phone 2", "Email", "City", "Balance", "Notes", "Member Since", "Opted In"], into: &bytes)
        let cities = ["Phoenix", "Mesa", "Tempe", "Tucson", "Chandler"]
        let balances = ["$1,595.75", "(120.00)", "1595.75 USD", "1,595.75", "$0.00", "250", "$12,000"]
        var bad: Set<String> = []
        for index in 0..<306 {
            let line = 1000 + index * 7
            let digits = "602555\(String(line).suffix(4))"
            let formats = ["(602) 555-\(digits.suffix(4))", "602.555.\(digits.suffix(4))", "+1 602 555 \(digits.suffix(4))", digits, "1-602-555-\(digits.suffix(4))"]
            var phone1 = formats[index % formats.count]
            let phone2 = switch index % 4 {
            case 0: formats[(index + 2) % formats.count]
            case 1: "(480) 555-\(String(2000 + index).suffix(4))"
            default: ""
            }
            var email = "lead\(index)@example.com"
            let account = "CRM-\(10_000 + index)"
            if index % 80 == 7 {
                phone1 = "555-12"
                bad.insert(account)
            } else if index % 100 == 50 {
                email = "lead\(index) at example"
                bad.insert(account)
            }
            let notes = index % 3 == 0 ? "called, left message\nasked for \"Mr. \(index)\"" : "prefers mornings, no weekends"
            writer.write([
                account, generator.firstName(), generator.lastName(), phone1, phone2, email, cities[index % cities.count],
                balances[index % balances.count], notes, "\(index % 12 + 1)/\(index % 28 + 1)/20\(10 + index % 15)", index % 2 == 0 ? "yes" : "no",
            ], into: &bytes)
        }
        return (String(decoding: bytes, as: UTF8.self), bad)
    }

    @Test(arguments: Engine.allCases)
    func aCRMExportGoesInWholeAndItsRejectsCloseTheLoop(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            // A list as a new user makes it: a new tenant, no region, no fields; the tenant reads national numbers as US.
            harness.tenant = try await harness.store.tenants.create(name: "newco")
            harness.list = try await harness.store.lists.create(ListSettings(name: "CRM"), tenantID: harness.tenant.id)
            let (file, bad) = Self.crmFile()
            let process = try await harness.importText(file, ImportSettings(createFields: true))
            #expect(process.state == .finished, "\(process.details)")
            #expect(process.counts.read == 306 && process.counts.rejected == bad.count && process.counts.inserted == 306 - bad.count, "\(process.counts)")
            #expect(process.counts.folded > 60, "Phone 2 repeats Phone 1 in a quarter of the rows: \(process.counts.folded)")
            #expect(process.details.contains("numbers without a country code read as US"), "\(process.details)")
            #expect(!process.details.contains("columns not imported"), "\(process.details)")
            let list = try #require(try await harness.store.lists.find(id: harness.list.id, tenantID: harness.tenant.id))
            let types = Dictionary(uniqueKeysWithValues: list.schema.map { ($0.name, $0.type) })
            #expect(types["balance"] == .decimal && types["member_since"] == .date && types["opted_in"] == .boolean && types["city"] == .text)
            #expect(list.field(named: "notes")?.multiLine == true)

            let contacts = try await harness.contacts()
            let first = try #require(contacts.first { $0.content.externalID == "CRM-10000" })
            #expect(first.content.phones.count == 1 && first.content.custom["balance"] == .decimal(Decimal(string: "1595.75")!))
            #expect(first.content.custom["notes"] == .string("called, left message\nasked for \"Mr. 0\""))
            #expect(contacts.first { $0.content.externalID == "CRM-10001" }?.content.custom["balance"] == .decimal(-120))

            // A balance column is a number, so a filter on it works on the list the file made.
            let export = try ContactExport(
                listID: list.id, tenantID: harness.tenant.id,
                settings: ExportSettings(fields: ["external_id", "balance"], filter: try FilterText.parse("balance > 100")))
            var exported: [UInt8] = []
            _ = try await export.write(store: harness.store, emit: { exported += $0; $0.removeAll() })
            let rows = String(decoding: exported, as: UTF8.self).split(separator: "\r\n").dropFirst()
            let expected = contacts.filter { contact in
                switch contact.content.custom["balance"] {
                case .decimal(let value)?: value > 100
                case .integer(let value)?: value > 100
                default: false
                }
            }
            #expect(rows.count == expected.count && !rows.isEmpty, "\(rows.count) exported of \(expected.count)")

            // The rejected rows are fixed where their reasons point and loaded back: every row is in.
            let path = try #require(try await harness.store.processes.resultPath(id: process.id, tenantID: harness.tenant.id))
            let rejects = try RejectsLoopTests.rows(of: path)
            #expect(Set(rejects.dropFirst().map { $0[3] }) == bad)
            var writer = CSVWriter(dialect: CSVDialect(), neutralizeFormulas: false)
            var fixed: [UInt8] = []
            writer.write(rejects[0], into: &fixed)
            for (index, row) in rejects.dropFirst().enumerated() {
                var cells = row
                if cells[1] == "Phone 1" { cells[6] = "(602) 555-\(String(9000 + index))" }
                if cells[1] == "Email" { cells[8] = "fixed\(index)@example.com" }
                writer.write(cells, into: &fixed)
            }
            let again = try await harness.importText(String(decoding: fixed, as: UTF8.self), ImportSettings(createFields: true))
            #expect(again.counts.inserted == bad.count && again.counts.rejected == 0, "\(again.details)")
            #expect(try await harness.contacts().count == 306)
            let after = try #require(try await harness.store.lists.find(id: harness.list.id, tenantID: harness.tenant.id))
            #expect(after.schema.map(\.name) == list.schema.map(\.name), "a rejects file's own columns become no fields")
        }
    }
}
