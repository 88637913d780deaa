import Foundation
import LeadlineCore
import Testing
@testable import LeadlineStore

/// The hand-written coder of contact documents agrees with Foundation's, both ways, on any value.
@Suite struct JSONDocumentTests {
    static func randomValue(depth: Int, _ generator: inout SystemRandomNumberGenerator) -> JSONValue {
        let alphabet: [Character] = Array("ab Z09\"\\/\n\t\r\u{1}é€😀中'") + ["\u{7F}"]
        func text() -> String { String((0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) }
        switch Int.random(in: 0...(depth > 2 ? 4 : 6), using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .integer(Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &generator))
        case 3: return .decimal(Decimal(string: "\(Int.random(in: -99999...99999, using: &generator)).\(Int.random(in: 1...99, using: &generator))")!)
        case 4: return .string(text())
        case 5: return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in randomValue(depth: depth + 1, &generator) })
        default:
            return .object(Dictionary((0..<Int.random(in: 0...4, using: &generator)).map { _ in (text(), randomValue(depth: depth + 1, &generator)) },
                                      uniquingKeysWith: { first, _ in first }))
        }
    }

    @Test func writingAndReadingAgreeWithFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let value = Self.randomValue(depth: 0, &generator)
            let ours = JSONDocument.text(value)
            #expect(try JSONText.decode(JSONValue.self, ours) == value, "\(ours)")
            #expect(try JSONDocument.value(JSONText.encode(value)) == value)
            #expect(try JSONDocument.value(ours) == value)
        }
    }

    @Test func phonesAndStringsReadAsFoundationWroteThem() throws {
        let phones = [
            PhoneNumber(raw: "+1 (415) 555-0100", e164: "+14155550100", type: .mobile, state: .blocked, retryCount: 2),
            PhoneNumber(raw: "555-12", e164: "", state: .excluded, problem: .tooShort),
        ]
        #expect(try JSONDocument.phones(JSONText.encode(phones)) == phones)
        #expect(try JSONText.decode([PhoneNumber].self, JSONDocument.text(phones)) == phones)
        #expect(JSONDocument.text(phones) == (try JSONText.encode(phones)))
        let strings = ["a@x.com", "quote\"d", "ü"]
        #expect(JSONDocument.text(strings) == (try JSONText.encode(strings)))
        #expect(throws: JSONDocument.Malformed.self) { try JSONDocument.value("[1,") }
        #expect(throws: JSONDocument.Malformed.self) { try JSONDocument.value("{\"a\" 1}") }
    }
}
