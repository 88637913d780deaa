import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// A rejected-rows file is data to fix and load back: it holds each rejected row cell for cell,
/// and the corrected file imports whole.
@Suite struct RejectsLoopTests {
    @Test(arguments: Engine.allCases)
    func rejectsAreFixedAndImportedAgainWithEveryRowIn(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            harness.list = try await harness.store.lists.addField(
                FieldDefinition(name: "memo", type: .text, size: 1000, multiLine: true), listID: harness.list.id, tenantID: harness.tenant.id,
                expectedVersion: nil)
            let file = """
                account_id,first_name,phone1,email,memo
                A1,Ann,+1 602 555 0192,ann@example.com,"=SUM(1,2)"
                A2,Bob,+1 602 555 0193,bob at example,"two
                lines, and a comma"
                A3,Cy,-12,cy@example.com,@home
                A4,Di,(602) 555-0194,di@example.com,plain

                """
            let first = try await harness.importText(file)
            #expect(first.counts.inserted == 2 && first.counts.rejected == 2, "\(first.details)")
            let path = try #require(try await harness.store.processes.resultPath(id: first.id, tenantID: harness.tenant.id))
            let rejects = try Self.rows(of: path)
            #expect(rejects[0] == ["line", "column", "reason", "account_id", "first_name", "phone1", "email", "memo"])
            #expect(rejects[1].dropFirst(3) == ["A2", "Bob", "+1 602 555 0193", "bob at example", "two\nlines, and a comma"])
            #expect(rejects[2].dropFirst(3) == ["A3", "Cy", "-12", "cy@example.com", "@home"], "no cell is escaped for a spreadsheet")

            // The person fixes the two cells the reasons name and imports the same file back.
            var fixed = CSVWriter(dialect: CSVDialect(), neutralizeFormulas: false)
            var bytes: [UInt8] = []
            fixed.write(rejects[0], into: &bytes)
            fixed.write(rejects[1].prefix(6) + ["bob@example.com"] + rejects[1].suffix(1), into: &bytes)
            fixed.write(rejects[2].prefix(5) + ["(602) 555-0195"] + rejects[2].suffix(2), into: &bytes)
            let fixedPath = harness.files.newUploadPath()
            try Data(bytes).write(to: URL(fileURLWithPath: fixedPath))
            let second = try await harness.importFile(fixedPath)
            #expect(second.counts.inserted == 2 && second.counts.rejected == 0, "\(second.details)")
            let contacts = try await harness.contacts()
            #expect(contacts.map(\.content.externalID) == ["A1", "A4", "A2", "A3"])
            #expect(contacts.first { $0.content.externalID == "A2" }?.content.custom["memo"] == .string("two\nlines, and a comma"))
            #expect(contacts.first { $0.content.externalID == "A3" }?.content.custom["memo"] == .string("@home"))
            #expect(contacts.allSatisfy { $0.content.custom["line"] == nil }, "the annotations are no data")
        }
    }

    static func rows(of path: String) throws -> [[String]] {
        var reader = try CSVReader(source: try FileByteSource(path: path), hasHeader: true)
        var row = CSVRow()
        var rows: [[String]] = []
        while try reader.next(into: &row) { rows.append(row.cells) }
        return rows
    }
}
