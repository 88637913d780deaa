/// Which contacts a person means: conditions on fields joined by AND/OR groups, nested.
///
/// This is the filter as written, in the text form or the JSON form; field names are not yet
/// resolved and values not yet typed. `FilterCheck` turns it into a `CheckedFilter` against a
/// schema, which the store compiles to parameterized SQL.
public indirect enum Filter: Sendable, Equatable {
    case condition(FilterCondition)
    /// Every part holds (AND); no parts: every contact.
    case all([Filter])
    /// At least one part holds (OR); no parts: no contact.
    case any([Filter])

    /// Everything: the filter of a selection that names no condition.
    public static let everything = Filter.all([])

    /// Whether the filter selects every contact, as an empty filter does.
    public var isEverything: Bool {
        switch self {
        case .condition: false
        case .all(let parts): parts.allSatisfy(\.isEverything)
        case .any(let parts): parts.contains(where: \.isEverything)
        }
    }
}

/// One test on one field, with where it was written so an error can point at it.
public struct FilterCondition: Sendable, Equatable {
    /// The field as written: a system field (`status`, `created`…) or a custom field's name,
    /// optionally as `custom.name`.
    public var field: String
    public var test: FilterTest
    /// `column 17` in the text form, `filter.all[1]` in the JSON form.
    public var location: String

    public init(field: String, test: FilterTest, location: String = "") {
        self.field = field
        self.test = test
        self.location = location
    }

    /// Two conditions are the same whatever text they were read from.
    public static func == (lhs: FilterCondition, rhs: FilterCondition) -> Bool {
        lhs.field == rhs.field && lhs.test == rhs.test
    }
}

/// What a condition asks of a field's value.
public enum FilterTest: Sendable, Equatable {
    case compare(FilterComparison, JSONValue)
    case between(JSONValue, JSONValue)
    case oneOf([JSONValue])
    case text(FilterTextMatch, String)
    /// `true`: the field has no value (or empty text); `false`: it has one.
    case isEmpty(Bool)
    /// The date or time lies within the last `days` days, or further back.
    case age(FilterAge, days: Int)
}

public enum FilterComparison: String, Sendable, CaseIterable {
    case equals, notEquals = "not_equals", less, lessOrEqual = "less_or_equal", greater, greaterOrEqual = "greater_or_equal"

    /// The operator in the text form.
    public var symbol: String {
        switch self {
        case .equals: "="
        case .notEquals: "!="
        case .less: "<"
        case .lessOrEqual: "<="
        case .greater: ">"
        case .greaterOrEqual: ">="
        }
    }

    /// Whether it asks for an order between values, which only numbers, dates and times have.
    public var isOrdering: Bool { self != .equals && self != .notEquals }
}

public enum FilterTextMatch: String, Sendable, CaseIterable {
    case contains, beginsWith = "begins_with", endsWith = "ends_with"

    /// The operator's words in the text form.
    public var words: String {
        switch self {
        case .contains: "contains"
        case .beginsWith: "begins with"
        case .endsWith: "ends with"
        }
    }
}

public enum FilterAge: String, Sendable, CaseIterable {
    case within, olderThan = "older_than"

    public var words: String { self == .within ? "within" : "older than" }
}
