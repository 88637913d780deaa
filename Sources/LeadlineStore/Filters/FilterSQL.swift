import LeadlineCore
import SQLKit

/// Compiles a checked filter to a condition on the contacts row aliased `c`. Every value, JSON
/// path included, is a bound parameter; the SQL text holds only column names written here.
struct FilterSQL {
    let engine: Engine

    func condition(_ filter: CheckedFilter) -> SQLQueryString {
        switch filter {
        case .all(let parts):
            guard !parts.isEmpty else { return "1 = 1" }
            return "(" + parts.map(condition).joined(separator: " AND ") + ")"
        case .any(let parts):
            guard !parts.isEmpty else { return "1 = 0" }
            return "(" + parts.map(condition).joined(separator: " OR ") + ")"
        case .condition(let subject, let test):
            guard let (source, element) = elements(of: subject) else {
                return self.test(test, on: scalar(subject), kind: subject.kind)
            }
            let exists: (SQLQueryString) -> SQLQueryString = { "EXISTS (SELECT 1 FROM " + source + " WHERE " + $0 + ")" }
            switch test {
            case .compare(.notEquals, let value):
                return "NOT " + exists(element + " = " + bind(value))
            case .isEmpty(let empty):
                let present = exists(element + " IS NOT NULL AND " + element + " <> ''")
                return empty ? "NOT " + present : present
            default:
                return exists(self.test(test, on: element, kind: subject.kind))
            }
        }
    }

    private func test(_ test: CheckedTest, on value: SQLQueryString, kind: FilterSubject.Kind) -> SQLQueryString {
        switch test {
        case .compare(.equals, let operand): return value + " = " + bind(operand)
        case .compare(.notEquals, let operand): return "(" + value + " IS NULL OR " + value + " <> " + bind(operand) + ")"
        case .compare(let comparison, let operand): return value + " \(unsafeRaw: comparison.symbol) " + bind(operand)
        case .between(let low, let high): return value + " BETWEEN " + bind(low) + " AND " + bind(high)
        case .oneOf(let operands): return value + " IN (" + operands.map(bind).joined(separator: ", ") + ")"
        case .text(let match, let text):
            let escaped = Self.escapedForLike(text)
            let pattern = switch match {
            case .contains: "%\(escaped)%"
            case .beginsWith: "\(escaped)%"
            case .endsWith: "%\(escaped)"
            }
            return "lower(" + value + ") LIKE \(bind: pattern) ESCAPE '\\'"
        case .isEmpty(let empty):
            let textual = kind == .text || kind == .date || kind == .datetime
            switch (empty, textual) {
            case (true, true): return "(" + value + " IS NULL OR " + value + " = '')"
            case (false, true): return "(" + value + " IS NOT NULL AND " + value + " <> '')"
            case (true, false): return value + " IS NULL"
            case (false, false): return value + " IS NOT NULL"
            }
        }
    }

    /// `%`, `_` and the escape character are literal in a person's text.
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    private func bind(_ operand: FilterOperand) -> SQLQueryString {
        switch operand {
        case .text(let text): "\(bind: text)"
        case .integer(let number): "\(bind: number)"
        case .decimal(let number): "\(bind: number)"
        // json_extract reads JSON true as 1 on SQLite.
        case .boolean(let flag): engine == .sqlite ? "\(bind: flag ? 1 : 0)" : "\(bind: flag)"
        }
    }

    /// The values of `subject` on the contact aliased `c`: one expression, or for a many-valued
    /// subject the rows to join and each row's value.
    func values(of subject: FilterSubject) -> (rows: SQLQueryString?, value: SQLQueryString) {
        if let (rows, value) = elements(of: subject) { return (rows, value) }
        return (nil, scalar(subject))
    }

    private func scalar(_ subject: FilterSubject) -> SQLQueryString {
        switch subject {
        case .status: "c.status"
        case .priority: "c.priority"
        case .created: "c.created_at"
        case .updated: "c.updated_at"
        case .lastCompletionCode: "c.last_completion_code"
        case .attempts: "c.attempts"
        case .timeZone: "c.time_zone"
        case .state: "c.state"
        case .list: "c.list_id"
        case .externalID: "c.external_id"
        case .firstName: "c.first_name"
        case .lastName: "c.last_name"
        case .custom(let name, let type):
            switch engine {
            case .sqlite:
                "json_extract(c.custom, \(bind: "$.\(name)"))"
            case .postgres:
                switch type {
                case .integer, .decimal:
                    "(CASE WHEN jsonb_typeof(c.custom::jsonb -> \(bind: name)) = 'number' THEN (c.custom::jsonb ->> \(bind: name))::numeric END)"
                case .boolean:
                    "(CASE WHEN jsonb_typeof(c.custom::jsonb -> \(bind: name)) = 'boolean' THEN (c.custom::jsonb ->> \(bind: name))::boolean END)"
                default:
                    "(c.custom::jsonb ->> \(bind: name))"
                }
            }
        // Many-valued subjects are read through `elements(of:)`.
        case .reasonCode, .phoneState, .phone, .email: "NULL"
        }
    }

    /// For a many-valued subject: the rows of its values, and a value's expression.
    private func elements(of subject: FilterSubject) -> (SQLQueryString, SQLQueryString)? {
        switch (subject, engine) {
        case (.reasonCode, .sqlite): ("json_each(c.reason_codes) e", "e.value")
        case (.email, .sqlite): ("json_each(c.emails) e", "lower(e.value)")
        case (.phone, .sqlite): ("json_each(c.phones) e", "json_extract(e.value, '$.e164')")
        case (.phoneState, .sqlite): ("json_each(c.phones) e", "json_extract(e.value, '$.state')")
        case (.reasonCode, .postgres): ("json_array_elements_text(c.reason_codes::json) AS e(value)", "e.value")
        case (.email, .postgres): ("json_array_elements_text(c.emails::json) AS e(value)", "lower(e.value)")
        case (.phone, .postgres): ("json_array_elements(c.phones::json) AS e(value)", "(e.value ->> 'e164')")
        case (.phoneState, .postgres): ("json_array_elements(c.phones::json) AS e(value)", "(e.value ->> 'state')")
        default: nil
        }
    }
}
