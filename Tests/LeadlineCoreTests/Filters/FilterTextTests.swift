import Foundation
import LeadlineCore
import Testing

@Suite struct FilterTextTests {
    private func condition(_ field: String, _ test: FilterTest) -> Filter {
        .condition(FilterCondition(field: field, test: test))
    }

    @Test func readsTheIssuesExample() throws {
        #expect(FilterText.format(try FilterText.parse("Segment = retail or city contains paris"))
                == FilterText.format(try FilterText.parse(#"Segment = "retail" or city contains "paris""#)), "a single word needs no quotes")
        let filter = try FilterText.parse(#"status = "remaining" and balance > 100 and created within 30d"#)
        #expect(filter == .all([
            condition("status", .compare(.equals, .string("remaining"))),
            condition("balance", .compare(.greater, .integer(100))),
            condition("created", .age(.within, days: 30)),
        ]))
    }

    @Test func andBindsTighterThanOrAndParenthesesGroup() throws {
        let a = condition("a", .compare(.equals, .integer(1)))
        let b = condition("b", .compare(.equals, .integer(2)))
        let c = condition("c", .compare(.equals, .integer(3)))
        #expect(try FilterText.parse("a = 1 or b = 2 and c = 3") == .any([a, .all([b, c])]))
        #expect(try FilterText.parse("(a = 1 or b = 2) and c = 3") == .all([.any([a, b]), c]))
        #expect(try FilterText.parse("A = 1 OR b = 2 AND c = 3") == .any([condition("A", .compare(.equals, .integer(1))), .all([b, c])]))
    }

    @Test func readsEveryOperator() throws {
        let cases: [(String, FilterTest)] = [
            ("x = 1", .compare(.equals, .integer(1))),
            ("x == 1", .compare(.equals, .integer(1))),
            ("x != 'a'", .compare(.notEquals, .string("a"))),
            ("x <> -2.5", .compare(.notEquals, .decimal(Decimal(string: "-2.5")!))),
            ("x < 1", .compare(.less, .integer(1))),
            ("x <= 1", .compare(.lessOrEqual, .integer(1))),
            ("x > 1", .compare(.greater, .integer(1))),
            ("x >= 1", .compare(.greaterOrEqual, .integer(1))),
            ("x between 1 and 9", .between(.integer(1), .integer(9))),
            (#"x in ("a", "b", 3, true)"#, .oneOf([.string("a"), .string("b"), .integer(3), .bool(true)])),
            (#"x contains "ar""#, .text(.contains, "ar")),
            (#"x begins with "Mc""#, .text(.beginsWith, "Mc")),
            (#"x ends with "son""#, .text(.endsWith, "son")),
            ("x is empty", .isEmpty(true)),
            ("x is not empty", .isEmpty(false)),
            ("x within 7d", .age(.within, days: 7)),
            ("x within 7 days", .age(.within, days: 7)),
            ("x older than 90d", .age(.olderThan, days: 90)),
            ("x = false", .compare(.equals, .bool(false))),
            (#"x = "say \"hi\" \\ bye""#, .compare(.equals, .string(#"say "hi" \ bye"#))),
        ]
        for (text, test) in cases {
            #expect(try FilterText.parse(text) == condition("x", test), "\(text)")
        }
        #expect(try FilterText.parse("custom.balance > 1") == condition("custom.balance", .compare(.greater, .integer(1))))
        #expect(try FilterText.parse("   ") == .everything)
    }

    @Test func badTextNamesTheColumnWhereReadingStopped() {
        let cases: [(String, String)] = [
            (#"status = "remaining"#, "column 10: the text that starts here has no closing \""),
            ("status remaining", "column 8: expected an operator after 'status'"),
            ("status =", "at the end: expected a value"),
            ("status = and", "column 10: expected a value"),
            ("a = 1 b = 2", "column 7: expected 'and', 'or' or the end of the filter"),
            ("a = 1 and", "at the end: expected a field name"),
            ("(a = 1", "at the end: expected ')' to close the group"),
            ("a = 1; DROP TABLE contacts", "column 6: unexpected ';'"),
            ("a between 1 2", "column 13: expected 'and' after 'between 1'"),
            ("a in 1", "column 6: expected '(' after 'in'"),
            ("a in (1 2)", "column 9: expected ',' or ')'"),
            ("a contains 5", "column 12: expected \"quoted text\""),
            ("a within 30", "at the end: expected 'days' after the number"),
            ("a within soon", "column 10: expected a number of days"),
            ("a = 12abc", "column 5: '12a…' is not a number"),
            ("a = 1.2.3", "column 5: '1.2.3' is not a number"),
            ("a is full", "column 6: expected 'empty' after 'is'"),
            (String(repeating: "(", count: 40) + "a = 1" + String(repeating: ")", count: 40), "groups are nested more than 32 deep"),
        ]
        for (text, reason) in cases {
            #expect(throws: ValidationFailure.self, "\(text)") { try FilterText.parse(text) }
            do {
                _ = try FilterText.parse(text)
            } catch {
                #expect(error.issues.first?.field == "filter")
                #expect(error.issues.first?.reason.contains(reason) == true, "\(text): \(error.issues.first?.reason ?? "")")
            }
        }
        #expect(throws: ValidationFailure.self) { try FilterText.parse(String(repeating: "a = 1 and ", count: 2000)) }
    }

    @Test func formattingReadsBackToTheSameFilter() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let filter = RandomFilter.make(depth: 0, &generator)
            let text = FilterText.format(filter)
            #expect(try FilterText.parse(text) == filter, "\(text)")
            #expect(try FilterJSON.read(FilterJSON.write(filter)) == filter, "\(text)")
        }
    }
}

/// Filters of every shape the two forms can write: groups of two or more parts (a group of one
/// reads back as its part), every operator, awkward text.
enum RandomFilter {
    static func make(depth: Int, _ generator: inout SystemRandomNumberGenerator) -> Filter {
        if depth < 3 && Int.random(in: 0..<3, using: &generator) == 0 {
            let parts = (0..<Int.random(in: 2...4, using: &generator)).map { _ in make(depth: depth + 1, &generator) }
            return Bool.random(using: &generator) ? .all(parts) : .any(parts)
        }
        let fields = ["status", "balance", "custom.city", "created", "phone_state", "x_1"]
        let field = fields[Int.random(in: 0..<fields.count, using: &generator)]
        return .condition(FilterCondition(field: field, test: test(&generator)))
    }

    static func test(_ generator: inout SystemRandomNumberGenerator) -> FilterTest {
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: .compare(FilterComparison.allCases.randomElement(using: &generator)!, value(&generator))
        case 1: .between(value(&generator), value(&generator))
        case 2: .oneOf((0..<Int.random(in: 1...4, using: &generator)).map { _ in value(&generator) })
        case 3: .text(FilterTextMatch.allCases.randomElement(using: &generator)!, text(&generator))
        case 4: .isEmpty(Bool.random(using: &generator))
        default: .age(FilterAge.allCases.randomElement(using: &generator)!, days: Int.random(in: 0...5000, using: &generator))
        }
    }

    static func value(_ generator: inout SystemRandomNumberGenerator) -> JSONValue {
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: .integer(Int64.random(in: -1_000_000...1_000_000, using: &generator))
        case 1: .decimal(Decimal(Int.random(in: -99999...99999, using: &generator)) / 100 + Decimal(string: "0.005")!)
        case 2: .bool(Bool.random(using: &generator))
        default: .string(text(&generator))
        }
    }

    static func text(_ generator: inout SystemRandomNumberGenerator) -> String {
        let alphabet = Array("ab Z\"\\'()=<>,%_é😀\t and or".unicodeScalars)
        return String(String.UnicodeScalarView((0..<Int.random(in: 1...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
    }
}
