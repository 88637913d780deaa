import Foundation

/// Names as search reads them, so that people find a contact as they type it: without case,
/// accents or punctuation (`zoe` finds Zoë, `obrien` O'Brien), word by word in any order, and
/// two letters at the start of a word.
public enum SearchText {
    /// The words of a name folded: lowercase letters and digits without their accents;
    /// apostrophes and points join (O'Brien is one word), any other mark or space parts words.
    public static func words(_ text: String) -> [String] {
        let folded = text.unicodeScalars.allSatisfy(\.isASCII) ? text.lowercased()
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’" || character == "." || character == "`" {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The stored text a contact's name is searched in: each word after a space, so that a
    /// search for the start of a word is a search for a space and its first letters.
    public static func name(first: String?, last: String?) -> String {
        let words = [first, last].compactMap { $0 }.flatMap(words)
        return words.isEmpty ? "" : " " + words.joined(separator: " ")
    }

    /// What a name search looks for, each to be found: a word of three or more characters
    /// anywhere in the name, one of two at the start of a word; single letters are left out.
    /// Text without such a word is looked for as it is (it finds nothing: names are stored as
    /// words), and nil when it is shorter than a substring search takes.
    public static func nameTerms(_ query: String) -> [String]? {
        let terms = words(query).filter { $0.count >= 2 }
        guard terms.isEmpty else { return terms.map { $0.count >= ContactSearch.minimumTextLength ? $0 : " " + $0 } }
        let literal = query.trimmingWhitespace.lowercased()
        return literal.count >= ContactSearch.minimumTextLength ? [literal] : nil
    }
}
