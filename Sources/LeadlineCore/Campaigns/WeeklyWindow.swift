/// Calling hours per weekday as a person writes them: `{"monday": {"start": "08:00", "end": "21:00"}}`,
/// a day left out or `null` allowing no attempts. Read into a `CallingWindow`.
public struct WeeklyWindow: Sendable, Equatable, Codable {
    public var days: [Weekday: DayWindow]

    public init(days: [Weekday: DayWindow]) {
        self.days = days
    }

    public init(_ window: CallingWindow) {
        days = window.days
    }

    public static let standard = WeeklyWindow(CallingWindow.standard)

    public func callingWindow(excluding dates: Set<CalendarDate> = []) -> CallingWindow {
        CallingWindow(days: days, excludedDates: dates)
    }

    /// The hours both allow, day by day: a state's law narrows a strategy's hours.
    public func intersection(_ other: WeeklyWindow) -> WeeklyWindow {
        var result: [Weekday: DayWindow] = [:]
        for (day, mine) in days {
            guard let theirs = other.days[day], let both = DayWindow(start: max(mine.start, theirs.start), end: min(mine.end, theirs.end)) else { continue }
            result[day] = both
        }
        return WeeklyWindow(days: result)
    }

    /// `monday 08:00–21:00, …`: how an attempt's evidence names the hours it was allowed in.
    public var summary: String {
        Weekday.allCases.map { day in "\(day) " + (days[day].map { "\($0.start)–\($0.end)" } ?? "closed") }.joined(separator: ", ")
    }

    struct Hours: Codable {
        var start: String
        var end: String

        init(start: String, end: String) {
            self.start = start
            self.end = end
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case start, end }

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            start = try container.decode(String.self, forKey: .start)
            end = try container.decode(String.self, forKey: .end)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        var days: [Weekday: DayWindow] = [:]
        for key in container.allKeys {
            guard let day = Weekday.allCases.first(where: { "\($0)" == key.stringValue }) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "is not a weekday; write monday to sunday")
            }
            guard let hours = try container.decodeIfPresent(Hours.self, forKey: key) else { continue }
            guard let start = LocalTime(hours.start), let end = LocalTime(hours.end) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "start and end must be times such as 08:00 and 21:00")
            }
            guard let window = DayWindow(start: start, end: end) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "ends at \(end), before it starts at \(start)")
            }
            days[day] = window
        }
        self.days = days
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for day in Weekday.allCases {
            let key = AnyCodingKey(stringValue: "\(day)")
            if let window = days[day] { try container.encode(Hours(start: "\(window.start)", end: "\(window.end)"), forKey: key) } else { try container.encodeNil(forKey: key) }
        }
    }
}

/// At most `attempts` in any `hours` hours.
public struct RollingCap: Sendable, Equatable, Codable {
    public var attempts: Int
    public var hours: Int

    public init(attempts: Int, hours: Int) {
        self.attempts = attempts
        self.hours = hours
    }

    public var seconds: Double { Double(hours) * 3600 }

    enum CodingKeys: String, CodingKey, CaseIterable { case attempts, hours }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        attempts = try container.decode(Int.self, forKey: .attempts)
        hours = try container.decode(Int.self, forKey: .hours)
    }

    func check(field: String, issues: inout IssueCollector) {
        if !(1...1000).contains(attempts) { issues.add("\(field).attempts", "must be 1 to 1000") }
        if !(1...8760).contains(hours) { issues.add("\(field).hours", "must be 1 to 8760 (a year)") }
    }

    public var description: String { "\(attempts) in \(hours) h" }
}
