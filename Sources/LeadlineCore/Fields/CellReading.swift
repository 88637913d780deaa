import Foundation

/// The order of day, month and year in a date written with numbers only.
public enum DateOrder: String, Sendable, Codable, CaseIterable {
    /// `MM/DD/YYYY`, as in the United States.
    case mdy
    /// `DD/MM/YYYY`, as in most of the world.
    case dmy
    /// `YYYY/MM/DD`, as ISO 8601 writes it.
    case ymd

    /// How a date in this order is written, for a reason a person reads.
    public var pattern: String {
        switch self {
        case .mdy: "MM/DD/YYYY"
        case .dmy: "DD/MM/YYYY"
        case .ymd: "YYYY-MM-DD"
        }
    }

    /// The order people of `region` write: month first in the United States and the places
    /// that follow its usage, day first elsewhere.
    public static func usual(in region: String?) -> DateOrder {
        guard let region else { return .mdy }
        return ["US", "PR", "GU", "VI", "AS", "MP", "UM", "FM", "MH", "PW", "PH"].contains(region) ? .mdy : .dmy
    }
}

/// How the people of a list write numbers, flags, dates and times in a file's cells: amounts
/// with a currency and grouped thousands, negatives in parentheses, decimals after a point or
/// a comma by the list's locale, dates in the list's order, times in the list's zone. Pure.
public struct CellReading: Sendable {
    /// Whether the decimal mark is a comma (`1.595,75`), as in German, French or Spanish.
    public var decimalComma: Bool
    public var dateOrder: DateOrder
    /// The zone of a date and time written without an offset.
    public var timeZone: TimeZone
    /// The region of a phone field's number written without a country code.
    public var region: PhoneNumberParser.PhoneRegion?

    public init(decimalComma: Bool = false, dateOrder: DateOrder = .ymd, timeZone: TimeZone = .gmt, region: PhoneNumberParser.PhoneRegion? = nil) {
        self.decimalComma = decimalComma
        self.dateOrder = dateOrder
        self.timeZone = timeZone
        self.region = region
    }

    /// Values as the API writes them, for filters and searches: a point for decimals, ISO dates, UTC.
    public static let plain = CellReading()

    /// The reading of `list`'s cells, with `region` for numbers written without a country code.
    public init(list: ContactList, region: String?) {
        let locale = Locale(identifier: list.settings.locale ?? "en")
        decimalComma = locale.decimalSeparator == ","
        dateOrder = list.settings.dateOrder ?? DateOrder.usual(in: region)
        timeZone = TimeZone(identifier: list.settings.timeZone) ?? .gmt
        self.region = region.flatMap(PhoneNumberParser.shared.region)
    }

    /// Examples of the numbers this reading takes, for a reason a person reads.
    public var numberExamples: String {
        decimalComma ? "1.595,75, 1.595,75 € or (120,00)" : "1,595.75, $1,595.75 or (120.00)"
    }

    // MARK: Numbers

    /// The number `text` writes: a sign or parentheses, a currency symbol or ISO code before or
    /// after, thousands grouped by the mark that is not the decimal one (or spaces, or `'`), a
    /// trailing `%` (the number of percent is kept: `15%` reads 15). Nil when it writes none.
    public func number(_ text: String) -> Decimal? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if body.hasPrefix("("), body.hasSuffix(")") {
            negative = true
            body = body.dropFirst().dropLast()
        }
        var signed = negative
        var currency = false
        // Sign, currency and percent may come in either order around the digits: `-$1`, `$-1`, `1 USD`, `15 %`.
        for _ in 0..<3 {
            body = Substring(body.trimmingCharacters(in: .whitespaces))
            if !signed, let first = body.first, first == "-" || first == "+" || first == "\u{2212}" {
                negative = first != "+"
                signed = true
                body = body.dropFirst()
            } else if !currency, let stripped = Self.droppingCurrency(body) {
                currency = true
                body = stripped
            } else if body.hasSuffix("%") {
                body = body.dropLast()
            } else {
                break
            }
        }
        guard let plain = plainDigits(body), let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) else {
            return nil
        }
        return negative ? -value : value
    }

    /// `text` with a leading or trailing currency symbol or three-letter code taken off; nil when it has none.
    private static func droppingCurrency(_ text: Substring) -> Substring? {
        if let first = text.unicodeScalars.first, first.properties.generalCategory == .currencySymbol {
            return Substring(text.unicodeScalars.dropFirst())
        }
        if let last = text.unicodeScalars.last, last.properties.generalCategory == .currencySymbol {
            return Substring(text.unicodeScalars.dropLast())
        }
        func isCode(_ part: Substring) -> Bool { part.count == 3 && part.allSatisfy { $0.isASCII && $0.isLetter } }
        if text.count > 3, isCode(text.prefix(3)), !(text.dropFirst(3).first?.isLetter ?? true) { return text.dropFirst(3) }
        if text.count > 3, isCode(text.suffix(3)), !(text.dropLast(3).last?.isLetter ?? true) { return text.dropLast(3) }
        return nil
    }

    /// Digits with at most one decimal mark and well-formed thousands groups, as `1234.5`; nil otherwise.
    private func plainDigits(_ text: Substring) -> String? {
        let point: Character = decimalComma ? "," : "."
        let other: Character = decimalComma ? "." : ","
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "'", "\u{2019}"]
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber || $0 == "." || $0 == "," || spaces.contains($0) }),
            text.contains(where: \.isNumber)
        else { return nil }
        // Which mark ends the whole part: the list's own, unless the other one comes last, or
        // comes once where it cannot be a thousands group (`1,5` in a list that writes `1.5`).
        var mark: Character? = text.contains(point) ? point : nil
        if let lastOther = text.lastIndex(of: other) {
            let afterOther = text[text.index(after: lastOther)...]
            if let lastPoint = text.lastIndex(of: point) {
                if lastOther > lastPoint { mark = other }
            } else if text.firstIndex(of: other) == lastOther, afterOther.count != 3 || !afterOther.allSatisfy(\.isNumber) {
                mark = other
            }
        }
        var whole = Substring(text)
        var fraction: Substring = ""
        if let mark {
            guard let split = text.lastIndex(of: mark), text.firstIndex(of: mark) == split else { return nil }
            whole = text[..<split]
            fraction = text[text.index(after: split)...]
            guard fraction.allSatisfy(\.isNumber), !(whole.isEmpty && fraction.isEmpty) else { return nil }
        }
        let separators = Set(whole.filter { !$0.isNumber })
        guard separators.count <= 1 else { return nil }
        if let separator = separators.first {
            let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = whole.filter(\.isNumber)
        return (digits.isEmpty ? "0" : String(digits)) + (fraction.isEmpty ? "" : "." + fraction)
    }

    // MARK: Flags

    /// `yes/no`, `y/n`, `true/false`, `t/f`, `1/0`, `on/off`, `x` (a ticked box), and the same words in German, French and Spanish.
    public func flag(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "t", "yes", "y", "1", "x", "on", "ja", "oui", "si", "sí": true
        case "false", "f", "no", "n", "0", "off", "nein", "non": false
        default: nil
        }
    }

    // MARK: Dates and times

    /// A date written in this reading's order, with `/`, `-` or `.` between its parts, a year
    /// first in four digits in any reading, or an English month name; a two-digit year is
    /// 1970–2069. A time after the date is allowed and left out.
    public func date(_ text: String) -> CalendarDate? {
        let (datePart, _) = Self.splitTime(text.trimmingCharacters(in: .whitespaces))
        return calendarDate(datePart)
    }

    /// An RFC 3339 instant, or a date as `date` reads it with a time (`14:30`, `2:30 PM`,
    /// `14:30:05`) in the reading's zone; a date alone is its midnight there.
    public func instant(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let instant = Timestamp.parse(trimmed) { return instant }
        let (datePart, timePart) = Self.splitTime(trimmed)
        guard let date = calendarDate(datePart) else { return nil }
        var seconds = 0
        if let timePart {
            guard let time = Self.secondsOfDay(timePart) else { return nil }
            seconds = time
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60)
        return calendar.date(from: parts)
    }

    /// The date and the time after it, split at a `T` or the first space followed by a digit.
    private static func splitTime(_ text: String) -> (Substring, Substring?) {
        let body = Substring(text)
        if let t = body.firstIndex(where: { $0 == "T" || $0 == "t" }), body[..<t].contains(where: \.isNumber),
            body[body.index(after: t)...].first?.isNumber == true
        {
            return (body[..<t], body[body.index(after: t)...])
        }
        var index = body.startIndex
        while let space = body[index...].firstIndex(of: " ") {
            let rest = body[body.index(after: space)...].drop { $0 == " " }
            if let colon = rest.firstIndex(of: ":"), rest[..<colon].allSatisfy(\.isNumber), !rest[..<colon].isEmpty {
                return (body[..<space], rest)
            }
            index = body.index(after: space)
        }
        return (body, nil)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private func calendarDate(_ text: Substring) -> CalendarDate? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." || $0 == " " || $0 == "," })
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter) } }) else { return nil }
        var year: Substring, month: Substring, day: Substring
        if let named = parts.firstIndex(where: { $0.first?.isLetter == true }) {
            // `31 Jan 2026`, `Jan 31, 2026`, `31-Jan-26`: the other two are the day and the year, the year last unless four digits come first.
            let others = parts.indices.filter { $0 != named }.map { parts[$0] }
            guard others.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
            let name = parts[named].lowercased()
            guard name.count >= 3, let index = Self.months.firstIndex(where: { name.hasPrefix($0) }) else { return nil }
            month = Substring(String(index + 1))
            (day, year) = others[0].count == 4 ? (others[1], others[0]) : (others[0], others[1])
        } else {
            guard parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
            if parts[0].count == 4 {
                (year, month, day) = (parts[0], parts[1], parts[2])
            } else {
                switch dateOrder {
                case .mdy: (month, day, year) = (parts[0], parts[1], parts[2])
                case .dmy: (day, month, year) = (parts[0], parts[1], parts[2])
                case .ymd: return nil
                }
            }
        }
        guard (1...2).contains(month.count), (1...2).contains(day.count), year.count == 4 || year.count == 2,
            var yearNumber = Int(year), let monthNumber = Int(month), let dayNumber = Int(day)
        else { return nil }
        if year.count == 2 { yearNumber += yearNumber < 70 ? 2000 : 1900 }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return CalendarDate("\(yearNumber)-\(pad(monthNumber))-\(pad(dayNumber))")
    }

    /// `14:30`, `14:30:05`, `2:30 PM`, `2:30:05pm`, a fraction of a second left out.
    private static func secondsOfDay(_ text: Substring) -> Int? {
        var body = text.trimmingCharacters(in: .whitespaces).lowercased()
        var meridiem: String?
        for suffix in ["am", "pm", "a.m.", "p.m."] where body.hasSuffix(suffix) {
            meridiem = String(suffix.prefix(1))
            body = String(body.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
        }
        if let dot = body.firstIndex(of: "."), body[body.index(after: dot)...].allSatisfy(\.isNumber) { body = String(body[..<dot]) }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }),
            var hour = Int(parts[0]), let minute = Int(parts[1]), minute < 60
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2])! : 0
        guard second < 60 else { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
        }
        guard hour < 24 else { return nil }
        return hour * 3600 + minute * 60 + second
    }
}
