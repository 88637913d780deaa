import Foundation

/// When a saved import or a campaign runs: once, or daily, weekly (on one or several days) or monthly at a wall-clock time in a zone.
/// The next run is found in the zone's calendar, so 06:00 stays 06:00 across daylight saving.
public enum Schedule: Sendable, Equatable {
    case once(Date)
    case daily(LocalTime, zone: TimeZone)
    case weekly(Set<Weekday>, LocalTime, zone: TimeZone)
    /// Day 1...31; in a shorter month, its last day.
    case monthly(day: Int, LocalTime, zone: TimeZone)

    /// The first run strictly after `instant`; nil when a one-off run is past.
    public func next(after instant: Date) -> Date? {
        switch self {
        case .once(let date):
            return date > instant ? date : nil
        case .daily(let time, let zone):
            return Self.firstDay(after: instant, zone: zone, time: time) { _, _ in true }
        case .weekly(let weekdays, let time, let zone):
            return Self.firstDay(after: instant, zone: zone, time: time) { calendar, day in
                weekdays.contains { calendar.component(.weekday, from: day) == $0.rawValue }
            }
        case .monthly(let dayOfMonth, let time, let zone):
            return Self.firstDay(after: instant, zone: zone, time: time) { calendar, day in
                let days = calendar.range(of: .day, in: .month, for: day)!.count
                return calendar.component(.day, from: day) == min(dayOfMonth, days)
            }
        }
    }

    /// The first day from the day of `instant` on that `matches`, at `time` there, after `instant`.
    private static func firstDay(
        after instant: Date, zone: TimeZone, time: LocalTime, matches: (Calendar, Date) -> Bool
    ) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var day = calendar.startOfDay(for: instant)
        for _ in 0..<400 {
            if matches(calendar, day), let run = at(time, on: day, calendar: calendar), run > instant { return run }
            guard let following = calendar.date(byAdding: .day, value: 1, to: day) else { return nil }
            day = calendar.startOfDay(for: following)
        }
        return nil
    }

    /// `time` on `day`; a time that a spring-forward skips runs at the first minute after the gap.
    private static func at(_ time: LocalTime, on day: Date, calendar: Calendar) -> Date? {
        var parts = calendar.dateComponents([.year, .month, .day], from: day)
        parts.hour = time.hour
        parts.minute = time.minute
        if let exact = calendar.date(from: parts), calendar.component(.hour, from: exact) == time.hour % 24 { return exact }
        return calendar.nextDate(after: day, matching: DateComponents(hour: time.hour, minute: time.minute), matchingPolicy: .nextTime)
    }
}
