import Foundation

/// A filter with every field resolved and every value typed for its field: what the store
/// compiles to SQL. Only `FilterCheck` makes one, so a filter that reaches the store is valid.
public indirect enum CheckedFilter: Sendable, Equatable {
    case condition(FilterSubject, CheckedTest)
    case all([CheckedFilter])
    case any([CheckedFilter])
}

public enum CheckedTest: Sendable, Equatable {
    case compare(FilterComparison, FilterOperand)
    case between(FilterOperand, FilterOperand)
    case oneOf([FilterOperand])
    /// Case-insensitive.
    case text(FilterTextMatch, String)
    case isEmpty(Bool)
}

/// A value in the form the stored field holds it.
public enum FilterOperand: Sendable, Equatable {
    case text(String)
    case integer(Int64)
    case decimal(Double)
    case boolean(Bool)
}

/// Checks a filter against the fields of the lists it selects from.
public enum FilterCheck {
    /// - Parameters:
    ///   - fields: the custom fields the filter may name: the list's schema, or the schemas of
    ///     all lists it selects from.
    ///   - defaultRegion: the region of phone numbers written without a country code.
    ///   - now: the instant `within` and `older than` count back from.
    public static func check(
        _ filter: Filter, fields: [FieldDefinition], defaultRegion: String? = nil, now: Date
    ) throws(ValidationFailure) -> CheckedFilter {
        var issues = IssueCollector()
        let context = Context(fields: fields, defaultRegion: defaultRegion, now: now)
        let checked = check(filter, context, issues: &issues)
        try issues.check()
        return checked
    }

    /// Checks the conditions on system fields only, as a saved template is checked: its custom
    /// fields belong to the lists it will be used on, and are checked then.
    public static func checkSystemFields(_ filter: Filter, now: Date) throws(ValidationFailure) {
        var issues = IssueCollector()
        _ = check(filter, Context(fields: [], defaultRegion: nil, now: now, customFieldsLater: true), issues: &issues)
        try issues.check()
    }

    private struct Context {
        var fields: [FieldDefinition]
        var defaultRegion: String?
        var now: Date
        /// Names that are no system field are custom fields to be checked later, not mistakes.
        var customFieldsLater = false
    }

    private static func check(_ filter: Filter, _ context: Context, issues: inout IssueCollector) -> CheckedFilter {
        switch filter {
        case .all(let parts): return .all(parts.map { check($0, context, issues: &issues) })
        case .any(let parts): return .any(parts.map { check($0, context, issues: &issues) })
        case .condition(let condition):
            let place = condition.location.hasPrefix("filter.") ? condition.location : "filter"
            let prefix = condition.location.isEmpty || condition.location.hasPrefix("filter") ? "" : "\(condition.location), "
            guard let subject = FilterSubject.named(condition.field, in: context.fields) else {
                if context.customFieldsLater { return .all([]) }
                let known = context.fields.map(\.name).sorted()
                issues.add(place, "\(prefix)'\(condition.field.prefix(64))' is not a field; system fields are \(FilterSubject.systemFieldNames.joined(separator: ", "))"
                    + (known.isEmpty ? "" : "; custom fields are \(known.joined(separator: ", "))"))
                return .all([])
            }
            do {
                return .condition(subject, try test(condition.test, of: subject, context))
            } catch {
                issues.add(place, "\(prefix)\(condition.field.prefix(64)): \(error.reason)")
                return .all([])
            }
        }
    }

    struct Refusal: Error {
        var reason: String
    }

    private static func test(_ test: FilterTest, of subject: FilterSubject, _ context: Context) throws(Refusal) -> CheckedTest {
        let kind = subject.kind
        switch test {
        case .compare(let comparison, let value):
            if comparison.isOrdering { try requireOrdered(subject, comparison.symbol) }
            if kind == .boolean && comparison.isOrdering { throw Refusal(reason: "true or false has no order") }
            return .compare(comparison, try operand(value, of: subject, context))
        case .between(let low, let high):
            try requireOrdered(subject, "between")
            return .between(try operand(low, of: subject, context), try operand(high, of: subject, context))
        case .oneOf(let values):
            guard values.count <= 1000 else { throw Refusal(reason: "'in' takes at most 1000 values") }
            var operands: [FilterOperand] = []
            for value in values { operands.append(try operand(value, of: subject, context)) }
            return .oneOf(operands)
        case .text(let match, let text):
            guard kind == .text else { throw Refusal(reason: "'\(match.words)' looks inside text; this field holds \(describe(kind))") }
            guard !text.isEmpty, text.count <= 1000 else { throw Refusal(reason: "'\(match.words)' needs 1 to 1000 characters") }
            return .text(match, text.lowercased())
        case .isEmpty(let empty):
            return .isEmpty(empty)
        case .age(let age, let days):
            let start = context.now.addingTimeInterval(-Double(days) * 86_400)
            let bound: FilterOperand
            switch kind {
            case .instant: bound = .integer(Int64((start.timeIntervalSince1970 * 1000).rounded(.down)))
            case .date: bound = .text(CalendarDate(utcOf: start).description)
            case .datetime: bound = .text(Timestamp.format(start))
            default: throw Refusal(reason: "'\(age.words)' counts days back from now; this field holds \(describe(kind))")
            }
            return .compare(age == .within ? .greaterOrEqual : .less, bound)
        }
    }

    private static func requireOrdered(_ subject: FilterSubject, _ words: String) throws(Refusal) {
        switch subject.kind {
        case .integer, .decimal, .date, .datetime, .instant: return
        case .text, .boolean:
            throw Refusal(reason: "'\(words)' compares numbers, dates and times; this field holds \(describe(subject.kind)); use =, in, contains, 'begins with' or 'ends with'")
        }
    }

    private static func describe(_ kind: FilterSubject.Kind) -> String {
        switch kind {
        case .text: "text"
        case .integer: "whole numbers"
        case .decimal: "numbers"
        case .boolean: "true or false"
        case .date: "dates"
        case .datetime, .instant: "dates and times"
        }
    }

    /// `value` as the stored field holds it, refused when it cannot be such a value.
    private static func operand(_ value: JSONValue, of subject: FilterSubject, _ context: Context) throws(Refusal) -> FilterOperand {
        switch subject {
        case .status:
            guard case .string(let text) = value, ContactStatus(rawValue: text) != nil else {
                throw Refusal(reason: "must be one of \(ContactStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return .text(text)
        case .phoneState:
            guard case .string(let text) = value, PhoneState(rawValue: text) != nil else {
                throw Refusal(reason: "must be one of \(PhoneState.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return .text(text)
        case .priority, .attempts, .list:
            guard case .integer(let number) = value else { throw Refusal(reason: "expects a whole number, got \(shown(value))") }
            return .integer(number)
        case .created, .updated:
            guard case .string(let text) = value else { throw Refusal(reason: "expects a date (\"2026-01-31\") or a time (\"2026-01-31T08:00:00Z\"), got \(shown(value))") }
            if let date = CalendarDate(text) { return .integer(date.utcMidnightMillis) }
            if let instant = Timestamp.parse(text) { return .integer(Int64((instant.timeIntervalSince1970 * 1000).rounded(.down))) }
            throw Refusal(reason: "expects a date (\"2026-01-31\") or a time (\"2026-01-31T08:00:00Z\"), got \(shown(value))")
        case .email:
            guard case .string(let text) = value else { throw Refusal(reason: "expects text, got \(shown(value))") }
            // Addresses are compared without case: no mail system tells Ann@ from ann@.
            return .text((EmailAddress.normalized(text) ?? text).lowercased())
        case .phone:
            guard case .string(let text) = value else { throw Refusal(reason: "expects a phone number as text, got \(shown(value))") }
            guard let e164 = PhoneNumberParser.shared.parse(text, defaultRegion: context.defaultRegion).e164 else { throw Refusal(reason: "'\(text.prefix(40))' is not a phone number") }
            return .text(e164)
        case .reasonCode, .lastCompletionCode, .timeZone, .state, .externalID, .firstName, .lastName:
            guard case .string(let text) = value else { throw Refusal(reason: "expects text, got \(shown(value))") }
            return .text(text)
        case .custom(let name, _):
            guard let field = context.fields.first(where: { $0.name == name }) else { throw Refusal(reason: "is not a field") }
            var loose = field
            // A filter value is compared, not stored: a required field may still be tested and a
            // long value simply matches nothing.
            loose.required = false
            loose.size = FieldDefinition.maximumSize
            let typed: Result<JSONValue, FieldValueError>
            if case .string(let text) = value, field.type == .integer || field.type == .decimal || field.type == .boolean {
                typed = loose.normalize(text: text)
            } else {
                typed = loose.normalize(value)
            }
            switch typed {
            case .success(.integer(let number)): return .integer(number)
            case .success(.decimal(let number)): return .decimal(NSDecimalNumber(decimal: number).doubleValue)
            case .success(.bool(let flag)): return .boolean(flag)
            case .success(.string(let text)): return .text(text)
            case .success(let other): throw Refusal(reason: "cannot compare \(other.kind)")
            case .failure(let error): throw Refusal(reason: error.description)
            }
        }
    }

    private static func shown(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"\(text.prefix(40))\""
        default: value.kind
        }
    }
}
