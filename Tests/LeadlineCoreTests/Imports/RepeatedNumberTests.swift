import Foundation
import Testing
@testable import LeadlineCore

/// A number written in any format the parser accepts, with or without its repeat in another
/// column, gives the same stored contact; a repeat with another extension is refused.
@Suite struct RepeatedNumberTests {
    let list = ContactList(
        id: 1, tenantID: 1, settings: ListSettings(name: "Leads", defaultRegion: "US"), schema: [], version: 1, createdAt: Date(), updatedAt: Date())
    let header = ["account_id", "Phone 1", "Phone 2", "email", "email2"]

    /// Ways people write +1 602 555 0192.
    static let writings = [
        "+1 602 555 0192", "(602) 555-0192", "602.555.0192", "6025550192", "1-602-555-0192", "+1-602-555-0192", "602 555 0192",
        "+16025550192", "+1 (602) 555-0192", "(602)5550192", " 602-555-0192 ",
    ]

    func read(_ cells: [String]) -> ImportedRow {
        let mapping = try! ColumnMapping.automatic(header: header, list: list)
        return ImportedRow.read(cells, line: 2, header: header, mapping: mapping, list: list, reading: CellReading(list: list, region: "US"))
    }

    @Test func anyWritingWithOrWithoutARepeatStoresOneContact() {
        var generator = SystemRandomNumberGenerator()
        guard case .contact(let baseline, 0) = read(["A1", "+1 602 555 0192", "", "ann@example.com", ""]) else {
            Issue.record("the plain row was not read")
            return
        }
        for _ in 0..<300 {
            let first = Self.writings.randomElement(using: &generator)!
            let repeated = Bool.random(using: &generator)
            let second = repeated ? Self.writings.randomElement(using: &generator)! : ""
            let email = Bool.random(using: &generator) ? "ANN@example.com" : ""
            guard case .contact(let row, let folded) = read(["A1", first, second, "ann@example.com", email]) else {
                Issue.record("'\(first)' with '\(second)' was rejected")
                continue
            }
            #expect(row.content.phones.map(\.e164) == baseline.content.phones.map(\.e164), "'\(first)' with '\(second)'")
            #expect(row.content.emails == baseline.content.emails)
            #expect(folded == (repeated ? 1 : 0) + (email.isEmpty ? 0 : 1))
            #expect(row.input.phones?.count == 1 && row.phoneSlots == [1], "the rules applied later see the row as stored")
        }
    }

    @Test func extensionsAreKeptAndARepeatWithAnotherIsRefused() {
        guard case .contact(let row, 1) = read(["A1", "602-555-0192 x45", "+1 602 555 0192", "", ""]) else {
            Issue.record("a repeat without an extension was not folded")
            return
        }
        #expect(row.content.phones.map(\.extension) == ["45"] && row.content.phones.first?.written == "+16025550192 ext. 45")
        guard case .contact(let taken, 1) = read(["A1", "602-555-0192", "602 555 0192 ext. 7", "", ""]) else {
            Issue.record("the repeat's extension was not taken")
            return
        }
        #expect(taken.content.phones.first?.extension == "7")
        guard case .rejected(let issues) = read(["A1", "602-555-0192 x45", "602-555-0192 x46", "", ""]) else {
            Issue.record("two extensions of one number were folded")
            return
        }
        #expect(issues.map(\.column) == ["Phone 2"] && issues.first?.reason.contains("another extension (45, then 46)") == true)
    }
}
