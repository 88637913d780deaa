import Foundation
import LeadlineCore
import LeadlineEngine

struct ForecastResource: Encodable, Sendable {
    var zone: String
    var contacts: Int
    var callableNow: Int
    var inProgress: Int
    var excluded: [String: Int]
    /// Contacts becoming callable in each of the next 168 hours, with the hour's local start.
    var hours: [Hour]
    var later: Int

    struct Hour: Encodable, Sendable {
        var start: String
        var local: String
        var count: Int
    }

    init(_ forecast: Forecast) {
        zone = forecast.zone
        contacts = forecast.contacts
        callableNow = forecast.callableNow
        inProgress = forecast.inProgress
        excluded = forecast.excluded
        later = forecast.later
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: forecast.zone) ?? TimeZone(identifier: "UTC")!
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        hours = forecast.hours.map { Hour(start: Timestamp.format($0.start), local: formatter.string(from: $0.start), count: $0.count) }
    }
}
