import Foundation
import LeadlineCore
import Testing

@Suite struct FilterJSONTests {
    private func json(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    @Test func readsGroupsAndConditions() throws {
        let filter = try FilterJSON.read(try json("""
            {"all": [{"field": "status", "op": "equals", "value": "remaining"},
                     {"any": [{"field": "balance", "op": "between", "values": [1, 2.5]},
                              {"field": "created", "op": "older_than", "days": 30},
                              {"field": "city", "op": "in", "values": ["Paris", "Lyon"]},
                              {"field": "notes", "op": "is_empty"}]}]}
            """))
        #expect(filter == .all([
            .condition(FilterCondition(field: "status", test: .compare(.equals, .string("remaining")))),
            .any([
                .condition(FilterCondition(field: "balance", test: .between(.integer(1), .decimal(Decimal(string: "2.5")!)))),
                .condition(FilterCondition(field: "created", test: .age(.olderThan, days: 30))),
                .condition(FilterCondition(field: "city", test: .oneOf([.string("Paris"), .string("Lyon")]))),
                .condition(FilterCondition(field: "notes", test: .isEmpty(true))),
            ]),
        ]))
    }

    @Test func aStringIsTheTextForm() throws {
        #expect(try FilterJSON.read(.string("a = 1")) == .condition(FilterCondition(field: "a", test: .compare(.equals, .integer(1)))))
        #expect(try FilterJSON.read(try json(#"{"all": []}"#)) == .everything)
    }

    @Test func badShapesNameThePathOfTheirPart() throws {
        let cases: [(String, String, String)] = [
            ("[]", "filter", "must be an object"),
            (#"{"all": {}}"#, "filter.all", "must be an array"),
            (#"{"any": []}"#, "filter.any", "at least one condition"),
            (#"{"all": [{"all": []}]}"#, "filter.all[0].all", "at least one condition"),
            (#"{"all": [], "any": []}"#, "filter", "a group holds only"),
            (#"{"all": [{"op": "equals", "value": 1}]}"#, "filter.all[0].field", "must name a field"),
            (#"{"field": "a", "value": 1}"#, "filter.op", "must name an operator"),
            (#"{"field": "a", "op": "like", "value": 1}"#, "filter.op", "'like' is not an operator"),
            (#"{"field": "a", "op": "equals"}"#, "filter.value", "must be text, a number"),
            (#"{"field": "a", "op": "equals", "value": [1]}"#, "filter.value", "must be text, a number"),
            (#"{"field": "a", "op": "equals", "value": null}"#, "filter.value", "must be text, a number"),
            (#"{"field": "a", "op": "in", "values": []}"#, "filter.values", "non-empty array"),
            (#"{"field": "a", "op": "between", "values": [1]}"#, "filter.values", "two values"),
            (#"{"field": "a", "op": "contains", "value": 5}"#, "filter.value", "must be text"),
            (#"{"field": "a", "op": "within", "days": -1}"#, "filter.days", "whole number of days"),
            (#"{"field": "a", "op": "within", "days": "7"}"#, "filter.days", "whole number of days"),
            (#"{"field": "a", "op": "equals", "value": 1, "sql": "1=1"}"#, "filter.sql", "is not part of a condition"),
            (#""a = ""#, "filter", "at the end: expected a value"),
        ]
        for (text, field, reason) in cases {
            do {
                _ = try FilterJSON.read(try json(text))
                Issue.record("\(text) was read")
            } catch let failure as ValidationFailure {
                #expect(failure.issues.first?.field == field, "\(text)")
                #expect(failure.issues.first?.reason.contains(reason) == true, "\(text): \(failure.issues.first?.reason ?? "")")
            }
        }
        let many = JSONValue.object(["all": .array(Array(repeating: .object(["field": .string("a"), "op": .string("is_empty")]), count: 501))])
        #expect(throws: ValidationFailure.self) { try FilterJSON.read(many) }
    }
}
