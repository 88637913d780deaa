import Testing
@testable import LeadlineCore

@Suite struct FieldDefinitionTests {
    @Test func textFieldsGetADefaultSize() throws {
        let field = try FieldDefinition(name: "city", type: .text).validated()
        #expect(field.size == FieldDefinition.defaultTextSize)
        #expect(field.displayName == "city")
    }

    @Test(arguments: ["", "City", "1st", "_x", "a-b", "é", "name", "external_id", String(repeating: "a", count: 64)])
    func badNamesAreRefused(name: String) {
        #expect(throws: ValidationFailure.self) { try FieldDefinition(name: name, type: .text).validated() }
    }

    @Test(arguments: ["a", "balance", "vat_number", "x9", String(repeating: "a", count: 63)])
    func identifiersAreAccepted(name: String) throws {
        #expect(try FieldDefinition(name: name, type: .integer).validated().name == name)
    }

    @Test func choiceNeedsDistinctValues() {
        #expect(throws: ValidationFailure.self) { try FieldDefinition(name: "tier", type: .choice).validated() }
        #expect(throws: ValidationFailure.self) { try FieldDefinition(name: "tier", type: .choice, validValues: ["a", "a"]).validated() }
        #expect(throws: ValidationFailure.self) { try FieldDefinition(name: "n", type: .integer, validValues: ["1"]).validated() }
    }

    @Test func sizeAndFlagsOnlyWhereTheyApply() {
        #expect(throws: ValidationFailure.self) { try FieldDefinition(name: "n", type: .integer, size: 5).validated() }
        #expect(throws: ValidationFailure.self) { try FieldDefinition(name: "t", type: .text, size: 0).validated() }
        #expect(throws: ValidationFailure.self) { try FieldDefinition(name: "b", type: .boolean, unique: true).validated() }
        #expect(throws: ValidationFailure.self) { try FieldDefinition(name: "d", type: .date, multiLine: true).validated() }
    }

    @Test func inputNeedsNameAndTypeAndKeepsThemFixed() throws {
        #expect(throws: ValidationFailure.self) { try FieldInput(name: "x").definition() }
        let field = try FieldInput(name: "tier", type: .choice, validValues: ["gold", "silver"]).definition()
        let renamed = FieldInput(name: "other")
        #expect(throws: ValidationFailure.self) { try renamed.applied(to: field) }
        let retyped = FieldInput(type: .text)
        #expect(throws: ValidationFailure.self) { try retyped.applied(to: field) }
        let relabelled = try FieldInput(displayName: "Tier").applied(to: field)
        #expect(relabelled.displayName == "Tier" && relabelled.validValues == ["gold", "silver"])
    }
}
