/// The JSON form of a filter, for the API and saved templates:
///
///     {"all": [{"field": "status", "op": "equals", "value": "remaining"},
///              {"any": [{"field": "balance", "op": "greater", "value": 100},
///                       {"field": "created", "op": "within", "days": 30}]}]}
///
/// A JSON string is read as the text form, so a client may send either.
public enum FilterJSON {
    /// Conditions in one filter at most; more is a generated query gone wrong, not a selection.
    public static let maximumConditions = 500

    public static func read(_ value: JSONValue, path: String = "filter") throws(ValidationFailure) -> Filter {
        if case .string(let text) = value { return try FilterText.parse(text) }
        var count = 0
        return try read(value, path: path, depth: 0, count: &count)
    }

    private static func read(_ value: JSONValue, path: String, depth: Int, count: inout Int) throws(ValidationFailure) -> Filter {
        guard case .object(let members) = value else {
            throw ValidationFailure(field: path, reason: "must be an object with 'all', 'any' or 'field'")
        }
        for group in ["all", "any"] {
            guard let parts = members[group] else { continue }
            guard members.count == 1 else { throw ValidationFailure(field: path, reason: "a group holds only '\(group)'") }
            guard case .array(let items) = parts else { throw ValidationFailure(field: "\(path).\(group)", reason: "must be an array of conditions and groups") }
            guard depth < FilterText.Parser.maximumDepth else {
                throw ValidationFailure(field: path, reason: "groups are nested more than \(FilterText.Parser.maximumDepth) deep")
            }
            guard !items.isEmpty || (group == "all" && depth == 0) else {
                throw ValidationFailure(field: "\(path).\(group)", reason: "must hold at least one condition")
            }
            var filters: [Filter] = []
            for (index, item) in items.enumerated() {
                filters.append(try read(item, path: "\(path).\(group)[\(index)]", depth: depth + 1, count: &count))
            }
            return group == "all" ? .all(filters) : .any(filters)
        }
        count += 1
        guard count <= maximumConditions else { throw ValidationFailure(field: path, reason: "a filter holds at most \(maximumConditions) conditions") }
        return .condition(try condition(members, path: path))
    }

    private static func condition(_ members: [String: JSONValue], path: String) throws(ValidationFailure) -> FilterCondition {
        if let unknown = members.keys.sorted().first(where: { !["field", "op", "value", "values", "days"].contains($0) }) {
            throw ValidationFailure(field: "\(path).\(unknown.prefix(64))", reason: "is not part of a condition (field, op, value, values, days)")
        }
        guard case .string(let field)? = members["field"], !field.isEmpty else {
            throw ValidationFailure(field: "\(path).field", reason: "must name a field")
        }
        guard case .string(let op)? = members["op"] else { throw ValidationFailure(field: "\(path).op", reason: "must name an operator: \(operators)") }
        func one() throws(ValidationFailure) -> JSONValue {
            guard let value = members["value"], isScalar(value) else {
                throw ValidationFailure(field: "\(path).value", reason: "must be text, a number, true or false")
            }
            return value
        }
        func several() throws(ValidationFailure) -> [JSONValue] {
            guard case .array(let values)? = members["values"] ?? members["value"], !values.isEmpty, values.allSatisfy(isScalar) else {
                throw ValidationFailure(field: "\(path).values", reason: "must be a non-empty array of text, numbers, true or false")
            }
            return values
        }
        let test: FilterTest
        if let comparison = FilterComparison(rawValue: op) {
            test = .compare(comparison, try one())
        } else if let match = FilterTextMatch(rawValue: op) {
            guard case .string(let text) = try one() else { throw ValidationFailure(field: "\(path).value", reason: "must be text") }
            test = .text(match, text)
        } else if let age = FilterAge(rawValue: op) {
            guard case .integer(let days)? = members["days"], (0...100_000).contains(days) else {
                throw ValidationFailure(field: "\(path).days", reason: "must be a whole number of days from 0 to 100000")
            }
            test = .age(age, days: Int(days))
        } else {
            switch op {
            case "between":
                let values = try several()
                guard values.count == 2 else { throw ValidationFailure(field: "\(path).values", reason: "between takes two values, the low and the high") }
                test = .between(values[0], values[1])
            case "in": test = .oneOf(try several())
            case "is_empty": test = .isEmpty(true)
            case "is_not_empty": test = .isEmpty(false)
            default: throw ValidationFailure(field: "\(path).op", reason: "'\(op.prefix(40))' is not an operator: \(operators)")
            }
        }
        return FilterCondition(field: field, test: test, location: path)
    }

    private static let operators = (FilterComparison.allCases.map(\.rawValue) + ["between", "in"] + FilterTextMatch.allCases.map(\.rawValue)
        + ["is_empty", "is_not_empty"] + FilterAge.allCases.map(\.rawValue)).joined(separator: ", ")

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .string, .integer, .decimal, .bool: true
        default: false
        }
    }

    /// The filter as the JSON form; `read` gives it back.
    public static func write(_ filter: Filter) -> JSONValue {
        switch filter {
        case .all(let parts): return .object(["all": .array(parts.map(write))])
        case .any(let parts): return .object(["any": .array(parts.map(write))])
        case .condition(let condition):
            var members: [String: JSONValue] = ["field": .string(condition.field)]
            switch condition.test {
            case .compare(let comparison, let value):
                members["op"] = .string(comparison.rawValue)
                members["value"] = value
            case .between(let low, let high):
                members["op"] = .string("between")
                members["values"] = .array([low, high])
            case .oneOf(let values):
                members["op"] = .string("in")
                members["values"] = .array(values)
            case .text(let match, let text):
                members["op"] = .string(match.rawValue)
                members["value"] = .string(text)
            case .isEmpty(let empty):
                members["op"] = .string(empty ? "is_empty" : "is_not_empty")
            case .age(let age, let days):
                members["op"] = .string(age.rawValue)
                members["days"] = .integer(Int64(days))
            }
            return .object(members)
        }
    }
}
