/// What a job remembers of the attempts on one contact, for its limits and retry rules.
public struct JobContactProgress: Sendable, Equatable, Codable {
    /// Results posted; an expired lease is not one.
    public var attempts: Int = 0
    /// By number (E.164) or address.
    public var numberAttempts: [String: Int] = [:]
    /// Results by completion code.
    public var outcomes: [String: Int] = [:]
    /// The contact's local date the daily counts are of.
    public var day: String?
    public var dayAttempts: Int = 0
    public var numberDayAttempts: [String: Int] = [:]
    /// Where in the strategy's number order the next attempt starts.
    public var nextNumber: Int = 0

    public init() {}

    /// The same after one more result on `address` on local date `day`.
    public func counting(_ code: String, on address: String, day: String) -> JobContactProgress {
        var next = self
        if next.day != day {
            next.day = day
            next.dayAttempts = 0
            next.numberDayAttempts = [:]
        }
        next.attempts += 1
        next.numberAttempts[address, default: 0] += 1
        next.outcomes[code, default: 0] += 1
        next.dayAttempts += 1
        next.numberDayAttempts[address, default: 0] += 1
        return next
    }

    /// Today's count for the daily limits: zero when the counts are of another day.
    func today(_ day: String) -> (contact: Int, numbers: [String: Int]) {
        self.day == day ? (dayAttempts, numberDayAttempts) : (0, [:])
    }
}
