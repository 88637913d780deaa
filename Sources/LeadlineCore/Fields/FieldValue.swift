import Foundation

extension FieldDefinition {
    /// Checks a value given for this field and returns it in stored form, or the reason it was refused.
    ///
    /// Stored forms: text-like types as strings, integers and decimals as numbers, booleans as
    /// booleans, dates as `yyyy-MM-dd`, datetimes as RFC 3339 in UTC.
    public func normalize(_ value: JSONValue) -> Result<JSONValue, FieldValueError> {
        switch (type, value) {
        case (_, .null):
            return required ? .failure(.required) : .success(.null)
        case (.text, .string(let text)):
            if !multiLine && text.contains(where: \.isNewline) { return .failure(.lineBreak) }
            return checkedLength(text)
        case (.choice, .string(let text)):
            return validValues.contains(text) ? .success(.string(text)) : .failure(.notAChoice(validValues))
        case (.email, .string(let text)):
            guard let email = EmailAddress.normalized(text) else { return .failure(.invalidEmail) }
            return checkedLength(email)
        case (.phone, .string(let text)):
            guard let e164 = PhoneNumberParser.shared.parse(text).e164 else { return .failure(.invalidPhone) }
            return .success(.string(e164))
        case (.integer, .integer):
            return .success(value)
        case (.decimal, .integer(let number)):
            return .success(.decimal(Decimal(number)))
        case (.decimal, .decimal):
            return .success(value)
        case (.boolean, .bool):
            return .success(value)
        case (.date, .string(let text)):
            guard let date = CalendarDate(text) else { return .failure(.invalidDate) }
            return .success(.string(date.description))
        case (.datetime, .string(let text)):
            guard let instant = Timestamp.parse(text) else { return .failure(.invalidDatetime) }
            return .success(.string(Timestamp.format(instant)))
        default:
            return .failure(.wrongType(expected: type, got: value.kind))
        }
    }

    /// Reads a value written as text (a query parameter, later a file cell) into this field's type.
    public func normalize(text: String) -> Result<JSONValue, FieldValueError> {
        switch type {
        case .integer:
            guard let number = Int64(text) else { return .failure(.wrongType(expected: type, got: "text")) }
            return normalize(.integer(number))
        case .decimal:
            guard let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") })
            else { return .failure(.wrongType(expected: type, got: "text")) }
            return normalize(.decimal(number))
        case .boolean:
            guard let flag = parseFlag(text) else { return .failure(.wrongType(expected: type, got: "text")) }
            return .success(.bool(flag))
        default:
            return normalize(.string(text))
        }
    }

    private func checkedLength(_ text: String) -> Result<JSONValue, FieldValueError> {
        let limit = size ?? Self.defaultTextSize
        return text.count <= limit ? .success(.string(text)) : .failure(.tooLong(limit))
    }
}

/// Why a value does not fit its field.
public enum FieldValueError: Error, Sendable, Equatable, CustomStringConvertible {
    case required
    case wrongType(expected: FieldType, got: String)
    case tooLong(Int)
    case lineBreak
    case notAChoice([String])
    case invalidEmail
    case invalidPhone
    case invalidDate
    case invalidDatetime

    public var description: String {
        switch self {
        case .required: "is required"
        case .wrongType(let expected, let got): "expects a value of type \(expected.rawValue), got \(got)"
        case .tooLong(let limit): "must be at most \(limit) characters"
        case .lineBreak: "must be a single line"
        case .notAChoice(let values): "must be one of: \(values.joined(separator: ", "))"
        case .invalidEmail: "is not a valid email address"
        case .invalidPhone: "is not a phone number written with its country code, such as +44 20 7946 0958"
        case .invalidDate: "is not a date in the form yyyy-MM-dd"
        case .invalidDatetime: "is not an RFC 3339 date and time, such as 2026-01-31T09:30:00Z"
        }
    }
}
