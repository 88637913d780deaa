import Foundation

/// How long a user must wait after failed sign-ins before the next try is even checked: nothing
/// for the first few typos, then a delay that doubles with each failure, up to a quarter hour.
/// It slows a guesser to a few tries an hour without locking the person out for good.
public enum SignInThrottle {
    /// Failures allowed before any wait.
    public static let freeFailures = 3
    public static let firstDelay: TimeInterval = 2
    public static let longestDelay: TimeInterval = 15 * 60

    /// The wait after `failures` consecutive failures.
    public static func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures > freeFailures else { return 0 }
        let doublings = min(failures - freeFailures - 1, 20)
        return min(firstDelay * pow(2, Double(doublings)), longestDelay)
    }

    /// When the next try may be checked, given the failures so far and when the last one was.
    public static func nextTry(failures: Int, lastFailure: Date?) -> Date? {
        guard let lastFailure, failures > freeFailures else { return nil }
        return lastFailure.addingTimeInterval(delay(afterFailures: failures))
    }
}
