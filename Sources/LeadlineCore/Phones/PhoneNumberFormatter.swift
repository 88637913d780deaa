import Foundation

/// How a number is written back for people.
public enum PhoneNumberStyle: String, Sendable, CaseIterable {
    /// `+442079460958`
    case e164
    /// `+44 20 7946 0958`
    case international
    /// `020 7946 0958`
    case national
}

extension PhoneNumberParser {
    /// Writes a valid or possible number in `style`, grouped by its region's formatting rules.
    public func format(_ number: ParsedPhoneNumber, as style: PhoneNumberStyle) -> String? {
        guard let e164 = number.e164, let code = number.countryCode, let national = number.nationalNumber else { return nil }
        guard style != .e164 else { return e164 }
        let territory = number.region.flatMap { tables.territories[$0] } ?? tables.byCountryCode[code]?.first
        let chosen = territory?.formats.first { format in
            Self.matches(format.leadingDigits, atStartOf: national) && Self.matches(format.pattern, wholly: national)
        }
        switch style {
        case .international:
            guard let chosen, chosen.internationalFormat != "NA",
                let grouped = Self.apply(chosen.pattern, chosen.internationalFormat ?? chosen.format, to: national)
            else { return "+\(code) \(national)" }
            return "+\(code) \(grouped)"
        case .national:
            guard let chosen, let territory else { return national }
            var template = chosen.format
            if let rule = chosen.nationalPrefixFormattingRule ?? territory.nationalPrefixFormattingRule,
                let range = template.range(of: "$1")
            {
                let firstGroup = rule.replacingOccurrences(of: "$NP", with: territory.nationalPrefix ?? "")
                    .replacingOccurrences(of: "$FG", with: "$1")
                template.replaceSubrange(range, with: firstGroup)
            }
            return Self.apply(chosen.pattern, template, to: national) ?? national
        case .e164:
            return e164
        }
    }

    private static func matches(_ pattern: String?, atStartOf text: String) -> Bool {
        guard let pattern else { return true }
        guard let expression = try? NSRegularExpression(pattern: "^(?:" + pattern + ")") else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func matches(_ pattern: String, wholly text: String) -> Bool {
        matches("(?:" + pattern + ")$", atStartOf: text)
    }

    private static func apply(_ pattern: String, _ template: String, to text: String) -> String? {
        guard let expression = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else { return nil }
        let whole = NSRange(text.startIndex..., in: text)
        guard expression.firstMatch(in: text, range: whole) != nil else { return nil }
        return expression.stringByReplacingMatches(in: text, range: whole, withTemplate: template)
    }
}
