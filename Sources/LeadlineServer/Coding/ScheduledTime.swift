import Foundation
import LeadlineCore

/// When a process a request starts is due: the time it names, or now.
enum ScheduledTime {
    static func read(_ text: String?, now: Date = Date()) throws(ValidationFailure) -> Date {
        guard let text else { return now }
        guard let date = Timestamp.parse(text) else {
            throw ValidationFailure(field: "scheduledAt", reason: "must be an RFC 3339 time such as 2026-12-01T08:00:00Z")
        }
        return date
    }
}
