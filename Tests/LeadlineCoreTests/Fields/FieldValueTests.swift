import Foundation
import Testing
@testable import LeadlineCore

@Suite struct FieldValueTests {
    private func field(_ type: FieldType, size: Int? = nil, values: [String] = [], required: Bool = false, multiLine: Bool = false) throws -> FieldDefinition {
        try FieldDefinition(name: "f", type: type, size: size, validValues: values, required: required, multiLine: multiLine).validated()
    }

    @Test func eachTypeStoresItsCanonicalForm() throws {
        #expect(try field(.text).normalize(.string("Paris")).get() == .string("Paris"))
        #expect(try field(.integer).normalize(.integer(42)).get() == .integer(42))
        #expect(try field(.decimal).normalize(.integer(3)).get() == .decimal(3))
        #expect(try field(.decimal).normalize(.decimal(Decimal(string: "12.50")!)).get() == .decimal(Decimal(string: "12.5")!))
        #expect(try field(.boolean).normalize(.bool(true)).get() == .bool(true))
        #expect(try field(.date).normalize(.string("2024-02-29")).get() == .string("2024-02-29"))
        #expect(try field(.datetime).normalize(.string("2026-03-01T10:00:00+02:00")).get() == .string("2026-03-01T08:00:00Z"))
        #expect(try field(.choice, values: ["gold"]).normalize(.string("gold")).get() == .string("gold"))
        #expect(try field(.email).normalize(.string("Ann@Example.ORG")).get() == .string("Ann@example.org"))
        #expect(try field(.phone).normalize(.string("+33 1 23 45 67 89")).get() == .string("+33123456789"))
    }

    @Test func wrongValuesAreRefusedWithAReason() throws {
        let cases: [(FieldDefinition, JSONValue, FieldValueError)] = [
            (try field(.integer), .decimal(1.5), .wrongType(expected: .integer, got: "number")),
            (try field(.integer), .string("12"), .wrongType(expected: .integer, got: "string")),
            (try field(.boolean), .integer(1), .wrongType(expected: .boolean, got: "integer")),
            (try field(.text, size: 3), .string("abcd"), .tooLong(3)),
            (try field(.text), .string("a\nb"), .lineBreak),
            (try field(.choice, values: ["gold"]), .string("bronze"), .notAChoice(["gold"])),
            (try field(.email), .string("not-an-email"), .invalidEmail),
            (try field(.phone), .string("555-0100"), .invalidPhone),
            (try field(.date), .string("2023-02-29"), .invalidDate(.ymd)),
            (try field(.date), .string("29/02/2024"), .invalidDate(.ymd)),
            (try field(.datetime), .string("yesterday"), .invalidDatetime),
            (try field(.text, required: true), .null, .required),
            (try field(.text), .array([]), .wrongType(expected: .text, got: "array")),
        ]
        for (field, value, reason) in cases {
            #expect(field.normalize(value) == .failure(reason), "\(field.type) \(value)")
        }
    }

    @Test func multiLineTextKeepsLineBreaks() throws {
        #expect(try field(.text, multiLine: true).normalize(.string("a\nb")).get() == .string("a\nb"))
    }

    @Test func textFormsReadIntoTheFieldType() throws {
        #expect(try field(.integer).normalize(text: "-7").get() == .integer(-7))
        #expect(try field(.decimal).normalize(text: "100.25").get() == .decimal(Decimal(string: "100.25")!))
        #expect(try field(.boolean).normalize(text: "yes").get() == .bool(true))
        #expect(try field(.integer).normalize(text: "abc").isFailure)
        #expect(try field(.decimal).normalize(text: "1e5x").isFailure)
        #expect(try field(.boolean).normalize(text: "maybe").isFailure)
    }

    @Test func integersRoundTripThroughTheirTextForm() throws {
        var generator = SystemRandomNumberGenerator()
        let integer = try field(.integer)
        for _ in 0..<500 {
            let value = Int64.random(in: .min ... .max, using: &generator)
            #expect(integer.normalize(text: String(value)) == .success(.integer(value)))
        }
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
