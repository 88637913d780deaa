import Foundation
import Testing
@testable import LeadlineCore

/// A new list's fields take the narrowest type every cell of their column fits.
@Suite struct FieldInferenceTests {
    let reading = CellReading(decimalComma: false, dateOrder: .mdy, region: PhoneNumberParser.shared.region("US"))

    func type(_ column: String, _ cells: [String]) -> FieldDefinition {
        FieldInference.field(for: cells, column: column, reading: reading)
    }

    @Test func columnsAreTypedFromTheirCells() {
        #expect(type("Balance", ["$1,595.75", "(120.00)", "", "3"]).type == .decimal)
        #expect(type("Visits", ["3", "12", "-1"]).type == .integer)
        #expect(type("Zip", ["02134", "90210"]).type == .text, "a zip code is no quantity")
        #expect(type("Customer Code", ["1234", "5678"]).type == .text)
        #expect(type("Opted In", ["yes", "no", "Y", ""]).type == .boolean)
        #expect(type("Member", ["x", "", "x"]).type == .boolean)
        #expect(type("Signed", ["01/31/2026", "2/1/2026"]).type == .date)
        #expect(type("Last Call", ["01/31/2026 2:30 PM", "2026-02-01 09:00"]).type == .datetime)
        #expect(type("Work Email", ["ann@example.com", "BOB@example.org"]).type == .email)
        #expect(type("Office Phone", ["(415) 555-0100", "+44 20 7946 0958"]).type == .phone)
        #expect(type("Tier", Array(repeating: ["gold", "silver", "bronze"], count: 12).flatMap { $0 }) == FieldDefinition(
            name: "", type: .choice, size: 255, validValues: ["gold", "silver", "bronze"]))
        let notes = type("Notes", ["call back, after 5", "two\nlines"])
        #expect(notes.type == .text && notes.multiLine)
        #expect(type("City", ["Phoenix", "Mesa"]).type == .text)
        #expect(type("Empty", ["", ""]).type == .text)
        #expect(type("Mixed", ["12", "twelve"]).type == .text)
    }

    @Test func headersBecomeFieldNamesOnceEach() {
        let fields = HeaderSchema.fields(
            for: [("Balance Due", ["$1"]), ("balance-due", ["2"]), ("Notes", ["a"]), ("***", ["x"]), ("2nd Phone Note", ["b"])],
            reading: reading, taken: ["notes"])
        #expect(fields.map(\.field.name) == ["balance_due", "f_2nd_phone_note"])
        #expect(fields.first?.field.displayName == "Balance Due" && fields.first?.field.type == .decimal)
    }
}
