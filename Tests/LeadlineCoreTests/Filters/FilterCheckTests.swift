import Foundation
import LeadlineCore
import Testing

@Suite struct FilterCheckTests {
    let fields = [
        FieldDefinition(name: "balance", type: .decimal),
        FieldDefinition(name: "score", type: .integer),
        FieldDefinition(name: "vip", type: .boolean),
        FieldDefinition(name: "due", type: .date),
        FieldDefinition(name: "seen", type: .datetime),
        FieldDefinition(name: "segment", type: .choice, validValues: ["retail", "business"]),
        FieldDefinition(name: "city", type: .text),
        FieldDefinition(name: "status", type: .text),
    ]
    /// 2026-03-10T12:00:00Z.
    let now = Date(timeIntervalSince1970: 1_773_144_000)

    @Test func fieldNamesMatchWithoutCase() throws {
        #expect(try check("BALANCE > 100 and Segment = retail") == check(#"balance > 100 and segment = "retail""#))
    }

    private func check(_ text: String) throws -> CheckedFilter {
        try FilterCheck.check(try FilterText.parse(text), fields: fields, defaultRegion: "US", now: now)
    }

    private func reason(_ text: String) -> String {
        do {
            _ = try check(text)
            return "accepted"
        } catch let failure as ValidationFailure {
            return failure.issues.map { "\($0.field): \($0.reason)" }.joined(separator: " | ")
        } catch {
            return "\(error)"
        }
    }

    @Test func typesValuesForTheirFields() throws {
        #expect(try check("balance > 100") == .condition(.custom(name: "balance", type: .decimal), .compare(.greater, .decimal(100))))
        #expect(try check("score in (1, 2)") == .condition(.custom(name: "score", type: .integer), .oneOf([.integer(1), .integer(2)])))
        #expect(try check(#"score = "7""#) == .condition(.custom(name: "score", type: .integer), .compare(.equals, .integer(7))))
        #expect(try check("vip = true") == .condition(.custom(name: "vip", type: .boolean), .compare(.equals, .boolean(true))))
        #expect(try check(#"segment = "retail""#) == .condition(.custom(name: "segment", type: .choice), .compare(.equals, .text("retail"))))
        #expect(try check(#"city contains "PAR""#) == .condition(.custom(name: "city", type: .text), .text(.contains, "par")))
        #expect(try check(#"created >= "2026-01-31""#) == .condition(.created, .compare(.greaterOrEqual, .integer(1_769_817_600_000))))
        #expect(try check(#"updated < "2026-01-31T08:00:00Z""#) == .condition(.updated, .compare(.less, .integer(1_769_846_400_000))))
        #expect(try check(#"phone = "(415) 555-0100""#) == .condition(.phone, .compare(.equals, .text("+14155550100"))))
        #expect(try check(#"email = "Ann@Example.COM""#) == .condition(.email, .compare(.equals, .text("ann@example.com"))))
    }

    @Test func systemNamesWinAndCustomDotReachesTheField() throws {
        #expect(try check(#"status = "remaining""#) == .condition(.status, .compare(.equals, .text("remaining"))))
        #expect(try check(#"custom.status = "gold""#) == .condition(.custom(name: "status", type: .text), .compare(.equals, .text("gold"))))
    }

    @Test func agesCountBackFromNow() throws {
        #expect(try check("created within 30d") == .condition(.created, .compare(.greaterOrEqual, .integer(1_773_144_000_000 - 30 * 86_400_000))))
        #expect(try check("due older than 10d") == .condition(.custom(name: "due", type: .date), .compare(.less, .text("2026-02-28"))))
        #expect(try check("seen within 1d") == .condition(.custom(name: "seen", type: .datetime), .compare(.greaterOrEqual, .text("2026-03-09T12:00:00Z"))))
    }

    @Test func eachWrongUseIsRefusedWithItsPositionAndField() {
        let cases: [(String, String)] = [
            (#"balance > "abc""#, "filter: column 1, balance: expects a value of type decimal"),
            ("nosuch = 1", "filter: column 1, 'nosuch' is not a field; system fields are status"),
            (#"a = 1 and "x" = 1"#, "column 11: expected a field name"),
            (#"city > "m""#, "city: '>' compares numbers, dates and times; this field holds text"),
            ("vip > true", "vip: '>' compares numbers"),
            ("score contains \"1\"", "score: 'contains' looks inside text"),
            ("city within 3d", "city: 'within' counts days back"),
            (#"status = "done""#, "status: must be one of remaining, processing"),
            (#"phone_state in ("active", "gone")"#, "phone_state: must be one of active"),
            ("priority = 1.5", "priority: expects a whole number"),
            ("created > 5", "created: expects a date"),
            (#"created > "yesterday""#, "created: expects a date"),
            (#"segment = "gold""#, "segment: "),
            (#"phone = "12""#, "phone: '12' is not a phone number"),
            (#"due between "2026-01-01" and "2026-02-30""#, "due: "),
            (#"city contains """#, "needs 1 to 1000 characters"),
        ]
        for (text, expected) in cases {
            let got = reason(text)
            #expect(got.contains(expected), "\(text): \(got)")
        }
        // Every wrong condition is reported at once.
        #expect(reason("nosuch = 1 and priority = \"x\"").components(separatedBy: " | ").count == 2)
    }

    @Test func injectionInFieldNamesIsJustAnUnknownField() {
        #expect(reason(#"custom.x');DROP = 1"#) == "filter: column 9: the text that starts here has no closing '")
        #expect(reason("custom.x_DROP_TABLE = 1").contains("'custom.x_DROP_TABLE' is not a field"))
        #expect(reason(#"balance = "1; DROP TABLE contacts""#).contains("expects a value of type decimal"))
    }
}
