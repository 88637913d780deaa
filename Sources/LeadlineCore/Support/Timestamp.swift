import Foundation

/// RFC 3339 reading and writing; the API speaks UTC with an optional fraction of a second.
public enum Timestamp {
    /// `now`, or an RFC 3339 time: what a person writes for "at once or then".
    public static func parse(_ text: String, now: Date) -> Date? {
        text == "now" ? now : parse(text)
    }

    public static func parse(_ text: String) -> Date? {
        guard text.count <= 40 else { return nil }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) {
            return date
        }
        return try? Date(text, strategy: Date.ISO8601FormatStyle())
    }

    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: false))
    }
}
