import Foundation

/// The short text form of a filter, for the CLI and the web:
///
///     status = "remaining" and balance > 100 and created within 30d
///     (city in ("Paris", "Lyon") or vip = true) and last_name begins with "Mc"
///
/// `and` binds tighter than `or`; parentheses group. Values are quoted text, numbers, `true` or
/// `false`; ages are days (`30d` or `30 days`). Keywords are case-insensitive.
public enum FilterText {
    /// The longest filter text read: a filter is a sentence, not a document.
    public static let maximumLength = 10_000

    /// Reads `text` into a filter; an error names the column where reading stopped.
    public static func parse(_ text: String) throws(ValidationFailure) -> Filter {
        guard text.count <= maximumLength else {
            throw ValidationFailure(field: "filter", reason: "must be at most \(maximumLength) characters")
        }
        var parser = try Parser(tokens: Lexer.tokens(of: text))
        guard !parser.atEnd else { return .everything }
        let filter = try parser.disjunction(depth: 0)
        guard parser.atEnd else { throw parser.failure("expected 'and', 'or' or the end of the filter") }
        return filter
    }

    /// Writes `filter` in the text form; `parse` reads it back to the same filter.
    public static func format(_ filter: Filter) -> String {
        format(filter, nested: false)
    }

    /// Groups inside groups are parenthesized, so they read back as the groups they are.
    private static func format(_ filter: Filter, nested: Bool) -> String {
        switch filter {
        case .condition(let condition):
            return "\(condition.field) \(format(condition.test))"
        case .all(let parts), .any(let parts):
            let word = if case .all = filter { "and" } else { "or" }
            let body = parts.map { format($0, nested: true) }.joined(separator: " \(word) ")
            return nested ? "(\(body))" : body
        }
    }

    private static func format(_ test: FilterTest) -> String {
        switch test {
        case .compare(let comparison, let value): "\(comparison.symbol) \(format(value))"
        case .between(let low, let high): "between \(format(low)) and \(format(high))"
        case .oneOf(let values): "in (\(values.map(format).joined(separator: ", ")))"
        case .text(let match, let text): "\(match.words) \(format(.string(text)))"
        case .isEmpty(let empty): empty ? "is empty" : "is not empty"
        case .age(let age, let days): "\(age.words) \(days)d"
        }
    }

    private static func format(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .integer(let number): String(number)
        case .decimal(let number): number.description
        case .bool(let flag): String(flag)
        default: "\"\""
        }
    }

    // MARK: - Reading

    enum Token: Equatable {
        case word(String)
        case text(String)
        case number(JSONValue)
        case days(Int)
        case symbol(String)
    }

    struct Located {
        var token: Token
        var column: Int
    }

    enum Lexer {
        static func tokens(of text: String) throws(ValidationFailure) -> [Located] {
            let scalars = Array(text.unicodeScalars)
            var tokens: [Located] = []
            var index = 0
            func fail(_ reason: String, at column: Int) -> ValidationFailure {
                ValidationFailure(field: "filter", reason: "column \(column): \(reason)")
            }
            while index < scalars.count {
                let scalar = scalars[index]
                let column = index + 1
                if scalar.properties.isWhitespace {
                    index += 1
                } else if scalar == "\"" || scalar == "'" {
                    var value = String.UnicodeScalarView()
                    index += 1
                    var closed = false
                    while index < scalars.count {
                        let next = scalars[index]
                        if next == "\\", index + 1 < scalars.count {
                            value.append(scalars[index + 1])
                            index += 2
                        } else if next == scalar {
                            index += 1
                            closed = true
                            break
                        } else {
                            value.append(next)
                            index += 1
                        }
                    }
                    guard closed else { throw fail("the text that starts here has no closing \(scalar)", at: column) }
                    tokens.append(Located(token: .text(String(value)), column: column))
                } else if isDigit(scalar) || (scalar == "-" && index + 1 < scalars.count && isDigit(scalars[index + 1])) {
                    var end = index + 1
                    while end < scalars.count, isDigit(scalars[end]) || scalars[end] == "." { end += 1 }
                    let literal = String(String.UnicodeScalarView(scalars[index..<end]))
                    if end < scalars.count, scalars[end] == "d" || scalars[end] == "D",
                        end + 1 == scalars.count || !isWordPart(scalars[end + 1])
                    {
                        guard let days = Int(literal), days >= 0 else { throw fail("'\(literal)d' is not a whole number of days", at: column) }
                        tokens.append(Located(token: .days(days), column: column))
                        index = end + 1
                        continue
                    }
                    guard end == scalars.count || !isWordPart(scalars[end]) else {
                        throw fail("'\(literal)\(Character(scalars[end]))…' is not a number; quote text values", at: column)
                    }
                    if let integer = Int64(literal) {
                        tokens.append(Located(token: .number(.integer(integer)), column: column))
                    } else if literal.filter({ $0 == "." }).count == 1, !literal.hasSuffix("."),
                        let decimal = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX"))
                    {
                        tokens.append(Located(token: .number(.decimal(decimal)), column: column))
                    } else {
                        throw fail("'\(literal)' is not a number", at: column)
                    }
                    index = end
                } else if isWordStart(scalar) {
                    var end = index + 1
                    while end < scalars.count, isWordPart(scalars[end]) || scalars[end] == "." { end += 1 }
                    tokens.append(Located(token: .word(String(String.UnicodeScalarView(scalars[index..<end]))), column: column))
                    index = end
                } else {
                    let two = index + 1 < scalars.count ? String(Character(scalar)) + String(Character(scalars[index + 1])) : ""
                    if ["!=", "<>", "<=", ">=", "=="].contains(two) {
                        tokens.append(Located(token: .symbol(two == "<>" ? "!=" : two == "==" ? "=" : two), column: column))
                        index += 2
                    } else if "=<>(),".unicodeScalars.contains(scalar) {
                        tokens.append(Located(token: .symbol(String(Character(scalar))), column: column))
                        index += 1
                    } else {
                        throw fail("unexpected '\(Character(scalar))'", at: column)
                    }
                }
            }
            return tokens
        }

        static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        static func isWordStart(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" }
        static func isWordPart(_ scalar: Unicode.Scalar) -> Bool { isWordStart(scalar) || isDigit(scalar) }
    }

    struct Parser {
        let tokens: [Located]
        var position = 0
        /// Groups nested deeper than this are refused: a person never needs them, a stack overflow would follow.
        static let maximumDepth = 32

        init(tokens: [Located]) { self.tokens = tokens }

        var atEnd: Bool { position >= tokens.count }
        private var current: Token? { atEnd ? nil : tokens[position].token }
        private var column: Int { atEnd ? (tokens.last.map { $0.column + 1 } ?? 1) : tokens[position].column }

        func failure(_ reason: String) -> ValidationFailure {
            let at = atEnd ? "at the end" : "column \(column)"
            return ValidationFailure(field: "filter", reason: "\(at): \(reason)")
        }

        private func isWord(_ word: String) -> Bool {
            if case .word(let text)? = current { return text.lowercased() == word }
            return false
        }

        private mutating func take(_ word: String) -> Bool {
            guard isWord(word) else { return false }
            position += 1
            return true
        }

        private mutating func take(symbol: String) -> Bool {
            guard current == .symbol(symbol) else { return false }
            position += 1
            return true
        }

        private mutating func expect(_ word: String, after: String) throws(ValidationFailure) {
            guard take(word) else { throw failure("expected '\(word)' after '\(after)'") }
        }

        mutating func disjunction(depth: Int) throws(ValidationFailure) -> Filter {
            var parts = [try conjunction(depth: depth)]
            while take("or") { parts.append(try conjunction(depth: depth)) }
            return parts.count == 1 ? parts[0] : .any(parts)
        }

        private mutating func conjunction(depth: Int) throws(ValidationFailure) -> Filter {
            var parts = [try primary(depth: depth)]
            while take("and") { parts.append(try primary(depth: depth)) }
            return parts.count == 1 ? parts[0] : .all(parts)
        }

        private mutating func primary(depth: Int) throws(ValidationFailure) -> Filter {
            if take(symbol: "(") {
                guard depth < Self.maximumDepth else { throw failure("groups are nested more than \(Self.maximumDepth) deep") }
                let inner = try disjunction(depth: depth + 1)
                guard take(symbol: ")") else { throw failure("expected ')' to close the group") }
                return inner
            }
            return .condition(try condition())
        }

        private mutating func condition() throws(ValidationFailure) -> FilterCondition {
            guard case .word(let field)? = current, !["and", "or"].contains(field.lowercased()) else {
                throw failure("expected a field name")
            }
            let location = "column \(column)"
            position += 1
            let test: FilterTest
            if case .symbol(let symbol)? = current, let comparison = FilterComparison.allCases.first(where: { $0.symbol == symbol }) {
                position += 1
                test = .compare(comparison, try value())
            } else if take("between") {
                let low = try value()
                try expect("and", after: "between \(FilterText.format(low))")
                test = .between(low, try value())
            } else if take("in") {
                guard take(symbol: "(") else { throw failure("expected '(' after 'in'") }
                var values = [try value()]
                while take(symbol: ",") { values.append(try value()) }
                guard take(symbol: ")") else { throw failure("expected ',' or ')' in the list of values") }
                test = .oneOf(values)
            } else if take("contains") {
                test = .text(.contains, try text())
            } else if take("begins") {
                try expect("with", after: "begins")
                test = .text(.beginsWith, try text())
            } else if take("ends") {
                try expect("with", after: "ends")
                test = .text(.endsWith, try text())
            } else if take("is") {
                let negated = take("not")
                try expect("empty", after: negated ? "is not" : "is")
                test = .isEmpty(!negated)
            } else if take("within") {
                test = .age(.within, days: try days())
            } else if take("older") {
                try expect("than", after: "older")
                test = .age(.olderThan, days: try days())
            } else {
                throw failure("expected an operator after '\(field)': = != < <= > >= between in contains 'begins with' 'ends with' 'is empty' within 'older than'")
            }
            return FilterCondition(field: field, test: test, location: location)
        }

        private mutating func value() throws(ValidationFailure) -> JSONValue {
            switch current {
            case .text(let text)?:
                position += 1
                return .string(text)
            case .number(let number)?:
                position += 1
                return number
            case .word(let word)? where ["true", "false"].contains(word.lowercased()):
                position += 1
                return .bool(word.lowercased() == "true")
            case .word(let word)? where !Self.keywords.contains(word.lowercased()):
                // A single word needs no quotes: `segment = retail`.
                position += 1
                return .string(word)
            default:
                throw failure("expected a value: \"quoted text\", a single word, a number, true or false")
            }
        }

        /// Words that join conditions, which a value written without quotes cannot be.
        static let keywords: Set<String> = ["and", "or", "not", "in", "between", "is", "empty", "within", "older", "than"]

        private mutating func text() throws(ValidationFailure) -> String {
            switch current {
            case .text(let text)?:
                position += 1
                return text
            case .word(let word)? where !Self.keywords.contains(word.lowercased()):
                position += 1
                return word
            default:
                throw failure("expected \"quoted text\" or a single word")
            }
        }

        private mutating func days() throws(ValidationFailure) -> Int {
            switch current {
            case .days(let days)?:
                position += 1
                return days
            case .number(.integer(let number))? where number >= 0 && number <= 100_000:
                position += 1
                guard take("days") || take("day") || take("d") else { throw failure("expected 'days' after the number") }
                return Int(number)
            default:
                throw failure("expected a number of days, such as 30d")
            }
        }
    }
}
