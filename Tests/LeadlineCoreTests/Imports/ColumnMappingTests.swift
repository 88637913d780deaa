import Foundation
import Testing
@testable import LeadlineCore

@Suite struct ColumnMappingTests {
    let list = ContactList(
        id: 1, tenantID: 1, settings: ListSettings(name: "Leads", defaultRegion: "US"),
        schema: [FieldDefinition(name: "balance", displayName: "Balance Due", type: .decimal), FieldDefinition(name: "vat_number", type: .text)],
        version: 1, createdAt: Date(), updatedAt: Date())

    @Test func columnsMapByNameIgnoringCaseSpacesAndUnderscores() throws {
        let header = ["Account ID", "FIRST_NAME", "surname", "Phone 1", "phone_2", "E-Mail", "balance due", "VAT number", "colour", "Time Zone"]
        let mapping = try ColumnMapping.automatic(header: header, list: list)
        #expect(mapping.targets == [.externalID, .firstName, .lastName, .phone(1), .phone(2), .email(1), .field("balance"), .field("vat_number"), nil, .timeZone])
    }

    @Test func aHeaderThatMapsNothingOrTwiceIsRefused() {
        #expect(throws: ValidationFailure.self) { try ColumnMapping.automatic(header: ["colour", "size"], list: list) }
        let twice = #expect(throws: ValidationFailure.self) { try ColumnMapping.automatic(header: ["phone", "phone1"], list: list) }
        #expect(twice?.issues.first?.field == "mapping.phone1")
    }

    @Test func templatesNameTheirTargetsAndColumns() throws {
        let mapping = try ColumnMapping.template(["Tel": "phone3", "Kundennummer": "external_id"], header: ["kundennummer", "tel", "x"], list: list)
        #expect(mapping.targets == [.externalID, .phone(3), nil])
        let missing = #expect(throws: ValidationFailure.self) {
            try ColumnMapping.template(["Tel": "fax", "Gone": "phone1"], header: ["Tel"], list: list)
        }
        #expect(Set(missing?.issues.map(\.field) ?? []) == ["mapping.Tel", "mapping.Gone"])
    }

    @Test func aRowIsReadThroughTheContactRulesAndRejectedByColumn() {
        let header = ["account_id", "phone1", "balance", "email"]
        let mapping = try! ColumnMapping.automatic(header: header, list: list)
        let reading = CellReading(list: list, region: list.settings.defaultRegion)
        func read(_ cells: [String]) -> ImportedRow {
            ImportedRow.read(cells, line: 2, header: header, mapping: mapping, list: list, reading: reading)
        }
        guard case .contact(let row, _) = read(["A1", "(415) 555-2671", "$12.50", "Ann@Example.com"]) else {
            Issue.record("a good row was rejected")
            return
        }
        let content = row.content
        #expect(content.phones.map(\.e164) == ["+14155552671"] && content.custom["balance"] == .decimal(Decimal(string: "12.5")!))
        guard case .rejected(let issues) = read(["A2", "555-12", "12;50", "nobody"]) else {
            Issue.record("a bad row was accepted")
            return
        }
        #expect(Set(issues.compactMap(\.column)) == ["phone1", "balance", "email"])
        guard case .rejected(let short) = read(["A3"]) else { return }
        #expect(short.first?.reason == "has 1 cells where the header has 4")
    }

    @Test func jsonNumbersAreOneKind() {
        #expect(JSONValue.integer(7763) == .decimal(7763) && JSONValue.decimal(Decimal(string: "7763.5")!) != .integer(7763))
        #expect(Set([JSONValue.integer(2), .decimal(2)]).count == 1)
    }
}
