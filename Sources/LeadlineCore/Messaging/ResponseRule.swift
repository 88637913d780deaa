import Foundation

/// What a customer's reply to a message does (seed 002's two-way SMS and email): the first rule
/// that matches gives the attempt its completion code and may set fields of the contact. An
/// opt-out word always wins, whatever the rules say.
public struct ResponseRule: Sendable, Equatable, Codable {
    public enum Match: String, Sendable, Codable, CaseIterable {
        /// The reply's first word is one of `keywords`, in any case.
        case keywords
        /// The reply matches `pattern`, a regular expression, anywhere, in any case.
        case pattern
        /// Any reply.
        case any
    }

    public var match: Match
    public var keywords: [String]?
    public var pattern: String?
    public var code: String
    /// Custom field values, in the form the contacts API takes.
    public var fields: [String: JSONValue]?

    public enum CodingKeys: String, CodingKey, CaseIterable { case match, keywords, pattern, code, fields }

    public init(match: Match, keywords: [String]? = nil, pattern: String? = nil, code: String, fields: [String: JSONValue]? = nil) {
        self.match = match
        self.keywords = keywords
        self.pattern = pattern
        self.code = code
        self.fields = fields
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            match: try container.decode(Match.self, forKey: .match), keywords: try container.decodeIfPresent([String].self, forKey: .keywords),
            pattern: try container.decodeIfPresent(String.self, forKey: .pattern), code: try container.decode(String.self, forKey: .code),
            fields: try container.decodeIfPresent([String: JSONValue].self, forKey: .fields))
    }

    func matches(_ reply: String) -> Bool {
        switch match {
        case .any: return true
        case .keywords:
            guard let word = Reply.firstWord(of: reply) else { return false }
            return (keywords ?? []).contains { $0.uppercased() == word }
        case .pattern:
            guard let pattern, let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return false }
            return expression.firstMatch(in: reply, range: NSRange(reply.startIndex..., in: reply)) != nil
        }
    }

    func check(field: String, codes: Set<String>, issues: inout IssueCollector) {
        switch match {
        case .keywords:
            let words = keywords ?? []
            if words.isEmpty || words.count > 100 || words.contains(where: { $0.isEmpty || $0.count > 50 || $0.contains(where: \.isWhitespace) }) {
                issues.add("\(field).keywords", "must be 1 to 100 single words")
            }
        case .pattern:
            if let pattern, pattern.count <= 500, (try? NSRegularExpression(pattern: pattern)) != nil {
            } else {
                issues.add("\(field).pattern", "must be a regular expression of at most 500 characters")
            }
        case .any:
            break
        }
        if !codes.contains(code) || [CompletionCode.leaseExpired, CompletionCode.callbackRequested, CompletionCode.noReport].contains(code) {
            issues.add("\(field).code", "is not a completion code a reply may give; see /api/v1/completion-codes")
        }
        if let fields, fields.count > 50 { issues.add("\(field).fields", "at most 50 fields") }
    }
}

/// How a reply is read.
public enum Reply {
    /// The words that always opt a number or address out, as carriers and CTIA expect.
    public static let optOutWords: Set<String> = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE", "ARRET", "ALTO"]

    /// The reply's first word, upper-cased, without the punctuation around it.
    static func firstWord(of reply: String) -> String? {
        let word = reply.split(whereSeparator: { $0.isWhitespace }).first.map { $0.trimmingCharacters(in: .punctuationCharacters.union(.symbols)) }
        guard let word, !word.isEmpty else { return nil }
        return word.uppercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: "")
    }

    public static func isOptOut(_ reply: String) -> Bool {
        guard let word = firstWord(of: reply) else { return false }
        return optOutWords.contains(word) || optOutWords.contains(word.replacingOccurrences(of: "_", with: ""))
    }

    /// What a reply means: opt-out, the first matching rule, or `replied`.
    public static func classify(_ reply: String, rules: [ResponseRule]) -> (code: String, fields: [String: JSONValue]?) {
        if isOptOut(reply) { return ("opted_out", nil) }
        if let rule = rules.first(where: { $0.matches(reply) }) { return (rule.code, rule.fields) }
        return ("replied", nil)
    }
}
