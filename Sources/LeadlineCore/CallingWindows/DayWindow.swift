/// The hours of one day in which calling is allowed: from `start` up to, not including, `end`.
public struct DayWindow: Sendable, Hashable {
    public let start: LocalTime
    public let end: LocalTime

    /// A window must open before it closes; windows over midnight are two windows on two days.
    public init?(start: LocalTime, end: LocalTime) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    public func contains(_ time: LocalTime) -> Bool {
        start <= time && time < end
    }
}
