import Foundation
import LeadlineCore
import LeadlineStore

/// Seed 003's callback search filters from a query string: `?campaignId=3&state=due,delayed&contactName=smith`.
/// A page holds 1000 callbacks unless `limit` says fewer; `cursor` loads more.
struct CallbackQuery {
    static let keys: Set<String> = [
        "campaignId", "contactName", "lastAgent", "agent", "state", "type", "preference", "dueFrom", "dueTo", "limit", "cursor",
    ]

    var search = CallbackSearch()
    var page: PageRequest

    init(_ query: [String: String]) throws {
        var issues = IssueCollector()
        for key in query.keys where !Self.keys.contains(key) {
            issues.add(String(key.prefix(64)), "is not a callback search filter; known: \(Self.keys.sorted().joined(separator: ", "))")
        }
        func list<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> [T] where T.RawValue == String {
            guard let text = query[key] else { return [] }
            let values = text.split(separator: ",").map { T(rawValue: String($0)) }
            guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else {
                issues.add(key, "must be one or more of \(T.allCases.map(\.rawValue).joined(separator: ", ")), separated by commas")
                return []
            }
            return values.compactMap { $0 }
        }
        func time(_ key: String) -> Date? {
            guard let text = query[key] else { return nil }
            guard let date = Timestamp.parse(text) else {
                issues.add(key, "must be an RFC 3339 time such as 2026-12-01T08:00:00Z")
                return nil
            }
            return date
        }
        if let text = query["campaignId"] {
            if let id = Int64(text), id > 0 { search.campaignID = id } else { issues.add("campaignId", "must be a campaign id") }
        }
        search.contactName = query["contactName"]
        search.lastAgent = query["lastAgent"]
        search.targetAgent = query["agent"]
        search.states = list("state", CallbackState.self)
        search.types = list("type", CallbackType.self)
        if query["preference"] != nil { search.preference = list("preference", CallbackPreference.self).first }
        search.dueFrom = time("dueFrom")
        search.dueTo = time("dueTo")
        var limit: Int?
        if let text = query["limit"] {
            limit = Int(text)
            if limit == nil { issues.add("limit", "must be a whole number") }
        }
        try issues.check()
        page = try PageRequest.validated(limit: limit ?? PageRequest.maximumLimit, cursor: query["cursor"])
    }
}
