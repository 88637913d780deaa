import Foundation

/// When a contact may be called, in the contact's own local time: hours per weekday and dates
/// on which nobody is called.
public struct CallingWindow: Sendable, Hashable {
    /// The allowed hours of each weekday; a weekday without an entry allows no calls.
    public var days: [Weekday: DayWindow]
    /// Local dates with no calls at all, such as public holidays.
    public var excludedDates: Set<CalendarDate>

    public init(days: [Weekday: DayWindow], excludedDates: Set<CalendarDate> = []) {
        self.days = days
        self.excludedDates = excludedDates
    }

    /// 08:00 to 21:00 every day, the common legal default.
    public static let standard = CallingWindow(
        days: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, DayWindow(start: LocalTime(hour: 8)!, end: LocalTime(hour: 21)!)!) }))

    /// Whether a call at `instant` falls inside the window in `zone`.
    public func allows(_ instant: Date, in zone: TimeZone) -> Bool {
        let local = LocalMoment(instant, in: zone)
        guard !excludedDates.contains(local.date), let window = days[local.weekday] else { return false }
        return window.contains(local.time)
    }

    /// Whether a call at `instant` is allowed in every one of `zones`: a contact that may be in
    /// several zones is called only when it is a legal hour in all of them.
    public func allows(_ instant: Date, inAll zones: [TimeZone]) -> Bool {
        !zones.isEmpty && zones.allSatisfy { allows(instant, in: $0) }
    }

    /// The first instant at or after `instant` that `allows(_:inAll:)` accepts, looking at most
    /// `horizonDays` ahead; nil when the window allows nothing in that time.
    ///
    /// The allowed times in each zone are a union of intervals, so their intersection starts
    /// either at `instant` itself or at the opening of some zone's window: those are the only
    /// candidates to try.
    public func nextAllowed(after instant: Date, inAll zones: [TimeZone], horizonDays: Int = 31) -> Date? {
        guard !zones.isEmpty else { return nil }
        if allows(instant, inAll: zones) { return instant }
        let horizon = instant.addingTimeInterval(Double(horizonDays) * 86_400)
        let candidates = zones.flatMap { openings(in: $0, from: instant, to: horizon) }.filter { $0 > instant }.sorted()
        return candidates.first { allows($0, inAll: zones) }
    }

    /// The instants at which a window opens in `zone` between two instants.
    private func openings(in zone: TimeZone, from start: Date, to end: Date) -> [Date] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var result: [Date] = []
        var day = calendar.startOfDay(for: start)
        while day <= end {
            let weekday = Weekday(rawValue: calendar.component(.weekday, from: day))!
            if let window = days[weekday] {
                var parts = calendar.dateComponents([.year, .month, .day], from: day)
                parts.hour = window.start.hour
                parts.minute = window.start.minute
                // A wall-clock time skipped by a DST change resolves to the first instant after the gap.
                if let opening = calendar.date(from: parts) { result.append(opening) }
            }
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { break }
            day = next
        }
        return result
    }
}

/// An instant as a wall clock in one zone shows it.
struct LocalMoment {
    let date: CalendarDate
    let weekday: Weekday
    let time: LocalTime

    init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: instant)
        date = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
        weekday = Weekday(rawValue: parts.weekday!)!
        time = LocalTime(hour: parts.hour!, minute: parts.minute!)!
    }
}
