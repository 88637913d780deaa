/// A day of the week, numbered as the Gregorian calendar numbers them (Sunday is 1).
public enum Weekday: Int, Sendable, CaseIterable, Codable {
    case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday
}
