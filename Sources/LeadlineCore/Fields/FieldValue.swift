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
            guard let date = CalendarDate(text) else { return .failure(.invalidDate(.ymd)) }
            return .success(.string(date.description))
        case (.datetime, .string(let text)):
            guard let instant = Timestamp.parse(text) else { return .failure(.invalidDatetime) }
            return .success(.string(Timestamp.format(instant)))
        default:
            return .failure(.wrongType(expected: type, got: value.kind))
        }
    }

    /// Reads a value written as text (a file cell, a query parameter) into this field's type, as
    /// `reading` says people write numbers, flags, dates and phone numbers.
    public func normalize(text: String, reading: CellReading = .plain) -> Result<JSONValue, FieldValueError> {
        switch type {
        case .integer:
            guard let number = reading.number(text) else { return .failure(.unreadable(type, examples: "1,595 or (120)")) }
            guard abs(number) < Decimal(Int64.max) else { return .failure(.notWhole) }
            let whole = NSDecimalNumber(decimal: number).int64Value
            guard Decimal(whole) == number else { return .failure(.notWhole) }
            return normalize(.integer(whole))
        case .decimal:
            guard let number = reading.number(text) else { return .failure(.unreadable(type, examples: reading.numberExamples)) }
            return normalize(.decimal(number))
        case .boolean:
            guard let flag = reading.flag(text) else { return .failure(.unreadable(type, examples: "yes/no, y/n, true/false, 1/0 or x")) }
            return .success(.bool(flag))
        case .date:
            guard let date = reading.date(text) else { return .failure(.invalidDate(reading.dateOrder)) }
            return .success(.string(date.description))
        case .datetime:
            guard let instant = reading.instant(text) else { return .failure(.invalidDatetime) }
            return .success(.string(Timestamp.format(instant)))
        case .phone:
            guard let e164 = PhoneNumberParser.shared.parse(text, in: reading.region).e164 else { return .failure(.invalidPhone) }
            return .success(.string(e164))
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
    case invalidDate(DateOrder)
    case invalidDatetime
    /// Text that writes no value of the type, with examples of what does.
    case unreadable(FieldType, examples: String)
    case notWhole

    public var description: String {
        switch self {
        case .required: "is required"
        case .wrongType(let expected, let got): "expects a value of type \(expected.rawValue), got \(got)"
        case .tooLong(let limit): "must be at most \(limit) characters"
        case .lineBreak: "must be a single line"
        case .notAChoice(let values): "must be one of: \(values.joined(separator: ", "))"
        case .invalidEmail: "is not a valid email address"
        case .invalidPhone: "is not a phone number written with its country code, such as +44 20 7946 0958"
        case .invalidDate(.ymd): "is not a date in the form yyyy-MM-dd"
        case .invalidDate(let order): "is not a date written \(order.pattern) (this list's order) or yyyy-MM-dd"
        case .unreadable(let type, let examples): "expects a value of type \(type.rawValue), written like \(examples)"
        case .notWhole: "expects a whole number"
        case .invalidDatetime: "is not an RFC 3339 date and time, such as 2026-01-31T09:30:00Z"
        }
    }
}
