import Foundation
import Testing
@testable import LeadlineCore

/// The hand-written checks agree with Foundation's on any text.
@Suite struct TextChecksTests {
    @Test func trimmingAndControlCharactersAgreeWithFoundation() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = [" ", "\t", "\n", "\r", "a", "Z", "é", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{0}", "\u{7F}", "\u{85}",
                                          "\u{200B}", "\u{200E}", "\u{FEFF}", "😀", "中", "-", "@"]
        for _ in 0..<20_000 {
            let scalars = (0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let text = String(String.UnicodeScalarView(scalars))
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
            #expect(text.containsControlCharacter == text.unicodeScalars.contains { CharacterSet.controlCharacters.contains($0) },
                    "\(Array(text.unicodeScalars))")
        }
    }
}
