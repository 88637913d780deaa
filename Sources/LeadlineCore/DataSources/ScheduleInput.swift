import Foundation

/// A schedule as a person writes it: `{"kind":"daily","time":"06:30","timeZone":"Europe/Paris"}`,
/// with `weekday` or `weekdays` (several) for weekly, `day` for monthly, `at` (RFC 3339) for once.
public struct ScheduleInput: Sendable, Codable, Equatable {
    public var kind: String
    public var time: String?
    public var timeZone: String?
    public var weekday: String?
    public var weekdays: [String]?
    public var day: Int?
    public var at: String?

    public init(kind: String, time: String? = nil, timeZone: String? = nil, weekday: String? = nil, weekdays: [String]? = nil, day: Int? = nil, at: String? = nil) {
        self.kind = kind
        self.time = time
        self.timeZone = timeZone
        self.weekday = weekday
        self.weekdays = weekdays
        self.day = day
        self.at = at
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case kind, time, timeZone, weekday, weekdays, day, at }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(String.self, forKey: .kind)
        time = try container.decodeIfPresent(String.self, forKey: .time)
        timeZone = try container.decodeIfPresent(String.self, forKey: .timeZone)
        weekday = try container.decodeIfPresent(String.self, forKey: .weekday)
        weekdays = try container.decodeIfPresent([String].self, forKey: .weekdays)
        day = try container.decodeIfPresent(Int.self, forKey: .day)
        at = try container.decodeIfPresent(String.self, forKey: .at)
    }

    /// The schedule, or every reason it is not one, under `field`.
    public func schedule(field: String = "schedule") throws(ValidationFailure) -> Schedule {
        var issues = IssueCollector()
        guard ["once", "daily", "weekly", "monthly"].contains(kind) else {
            throw ValidationFailure(field: "\(field).kind", reason: "must be once, daily, weekly or monthly")
        }
        if kind == "once" {
            guard let text = at, let date = Timestamp.parse(text) else {
                throw ValidationFailure(field: "\(field).at", reason: "must be an RFC 3339 time such as 2026-12-01T06:00:00Z")
            }
            return .once(date)
        }
        let localTime = time.flatMap(LocalTime.init)
        if localTime == nil || localTime == .endOfDay { issues.add("\(field).time", "must be a time of day such as 06:30") }
        let zone = timeZone.flatMap(TimeZone.init(identifier:))
        if zone == nil { issues.add("\(field).timeZone", "must be an IANA time zone such as Europe/Paris") }
        var schedule: Schedule?
        switch kind {
        case "daily":
            if let localTime, let zone { schedule = .daily(localTime, zone: zone) }
        case "weekly":
            if let days = weeklyDays(field: field, issues: &issues), let localTime, let zone { schedule = .weekly(days, localTime, zone: zone) }
        case "monthly":
            if !(1...31).contains(day ?? 0) { issues.add("\(field).day", "must be a day of the month, 1 to 31") }
            if let day, let localTime, let zone { schedule = .monthly(day: day, localTime, zone: zone) }
        default:
            break
        }
        try issues.check()
        return schedule!
    }

    /// The days of a weekly schedule: one `weekday`, or several `weekdays`, never both.
    private func weeklyDays(field: String, issues: inout IssueCollector) -> Set<Weekday>? {
        func named(_ text: String) -> Weekday? { Weekday.allCases.first { "\($0)" == text.lowercased() } }
        switch (weekday, weekdays) {
        case (let one?, nil):
            guard let day = named(one) else { issues.add("\(field).weekday", "must be a day such as monday"); return nil }
            return [day]
        case (nil, let several?) where !several.isEmpty:
            let days = several.compactMap(named)
            guard days.count == several.count else { issues.add("\(field).weekdays", "must be days such as [\"monday\", \"thursday\"]"); return nil }
            return Set(days)
        case (_?, _?):
            issues.add("\(field).weekdays", "give weekday or weekdays, not both")
        default:
            issues.add("\(field).weekdays", "must name at least one day such as monday")
        }
        return nil
    }
}
