import Foundation

/// A region's `nationalPrefixForParsing` pattern with its transform rule, for the few plans
/// (Argentina, Brazil, NANP islands…) whose national prefix is more than fixed digits.
struct NationalPrefixParser: @unchecked Sendable {
    // NSRegularExpression is immutable once made and safe to share across threads.
    private let expression: NSRegularExpression
    private let transform: String?

    init?(pattern: String, transform: String?) {
        guard let expression = try? NSRegularExpression(pattern: "^(?:" + pattern + ")") else { return nil }
        self.expression = expression
        self.transform = transform
    }

    /// The number with the national prefix removed or rewritten; nil when the pattern does not apply.
    func strip(_ digits: [UInt8]) -> [UInt8]? {
        let text = String(decoding: digits, as: UTF8.self)
        let whole = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: whole), match.range.length > 0 || match.numberOfRanges > 1 else {
            return nil
        }
        let rest = String(text[Range(match.range, in: text)!.upperBound...])
        let hasGroup = match.numberOfRanges > 1 && match.range(at: match.numberOfRanges - 1).location != NSNotFound
        if let transform, hasGroup {
            let replaced = expression.replacementString(for: match, in: text, offset: 0, template: transform)
            return Array((replaced + rest).utf8)
        }
        return match.range.length > 0 ? Array(rest.utf8) : nil
    }
}
