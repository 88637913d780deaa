import Foundation
import Hummingbird
import LeadlineCore
import LeadlineStore
import Testing

/// The callback manager through the API: a dialer's result makes a callback, a supervisor
/// finds it by seed 003's filters, moves it to now, reassigns and closes; a campaign's limit
/// answers the next free time; bad input names its field and changes nothing.
@Suite struct CallbackAPITests {
    @Test func aSupervisorManagesTheCallbacksADialerAskedFor() async throws {
        try await TestAPI.with { api in
            let s = try await CampaignAPITests.setup(api)
            let campaign = try #require(try await api.call(
                .post, "/api/v1/campaigns",
                json: #"{"name":"Renewals","strategyId":\#(s.strategy),"lists":[\#(s.list)],"callbacks":{"delayedAfterMinutes":5,"limit":{"count":2,"minutes":60}}}"#
            ).object?["id"] as? Int)
            #expect(try await api.call(.post, "/api/v1/campaigns/\(campaign)/start").status == .created)
            let leases = try #require(try await api.call(.post, "/api/v1/campaigns/\(campaign)/leases", json: #"{"count":3,"agent":"ann"}"#).object?["items"] as? [[String: Any]])
            let attempts = leases.compactMap { $0["attempt"] as? Int }
            #expect(attempts.count == 3)
            let tomorrow = Timestamp.format(Date().addingTimeInterval(86_400))
            let posted = try await api.call(
                .post, "/api/v1/attempts/\(attempts[0])/result",
                json: #"{"completionCode":"callback_requested","callbackAt":"\#(tomorrow)","callback":{"preference":"only_agent","comment":"after lunch"}}"#)
            #expect(posted.status == .ok, "\(posted.text)")

            let found = try await api.call(.get, "/api/v1/callbacks?campaignId=\(campaign)&state=scheduled,due&agent=ann&type=requested_from_agent")
            let items = try #require(found.object?["items"] as? [[String: Any]])
            #expect(items.count == 1 && items.first?["preference"] as? String == "only_agent" && items.first?["comment"] as? String == "after lunch")
            let id = try #require(items.first?["id"] as? Int)
            let bobs = try await api.call(.get, "/api/v1/callbacks?agent=bob").object?["items"] as? [Any]
            #expect(bobs?.isEmpty == true, "none is bob's")

            let moved = try await api.call(.post, "/api/v1/callbacks/\(id)/move", json: #"{"dueAt":"now"}"#)
            #expect(moved.status == .ok && moved.object?["state"] as? String == "due" && moved.object?["type"] as? String == "scheduled_by_user", "\(moved.text)")
            let reassigned = try await api.call(.post, "/api/v1/callbacks/reassign", json: #"{"ids":[\#(id)],"agent":"ann"}"#)
            #expect(reassigned.status == .ok, "\(reassigned.text)")
            let closed = try await api.call(.post, "/api/v1/callbacks/\(id)/close")
            #expect(closed.object?["state"] as? String == "closed", "\(closed.text)")
            #expect(try await api.call(.post, "/api/v1/callbacks/\(id)/close").status == .conflict, "closed once")

            // The limit: two in any hour; the third is refused with the first time it fits.
            let contacts = try #require(try await api.call(.get, "/api/v1/lists/\(s.list)/contacts").object?["items"] as? [[String: Any]]).compactMap { $0["id"] as? Int }
            let nine = Date().addingTimeInterval(7200)
            for (index, contact) in contacts.prefix(2).enumerated() {
                let made = try await api.call(.post, "/api/v1/callbacks", json: #"{"campaignId":\#(campaign),"contactId":\#(contact),"dueAt":"\#(Timestamp.format(nine.addingTimeInterval(Double(index) * 600)))"}"#)
                #expect(made.status == .created, "\(made.text)")
            }
            let third = try await api.call(.post, "/api/v1/callbacks", json: #"{"campaignId":\#(campaign),"contactId":\#(contacts[2]),"dueAt":"\#(Timestamp.format(nine.addingTimeInterval(1200)))"}"#)
            #expect(third.status == .conflict && third.object?["type"] as? String == "/problems/callback-limit", "\(third.text)")
            #expect(third.object?["nextFreeAt"] as? String == Timestamp.format(nine.addingTimeInterval(3600)))

            let all = try await api.call(.post, "/api/v1/campaigns/\(campaign)/callbacks/close")
            #expect(all.object?["closed"] as? Int == 2, "\(all.text)")
        }
    }

    @Test func badCallbackRequestsNameTheirFieldAndChangeNothing() async throws {
        try await TestAPI.with { api in
            let s = try await CampaignAPITests.setup(api)
            let campaign = try #require(try await api.call(.post, "/api/v1/campaigns", json: #"{"name":"R","strategyId":\#(s.strategy),"lists":[\#(s.list)]}"#).object?["id"] as? Int)
            let contact = try #require((try await api.call(.get, "/api/v1/lists/\(s.list)/contacts").object?["items"] as? [[String: Any]])?.first?["id"] as? Int)
            let past = Timestamp.format(Date().addingTimeInterval(-7200))
            let cases: [(String, String, String)] = [
                ("in the past", #"{"campaignId":\#(campaign),"contactId":\#(contact),"dueAt":"\#(past)"}"#, "dueAt"),
                ("not a time", #"{"campaignId":\#(campaign),"contactId":\#(contact),"dueAt":"soon"}"#, "dueAt"),
                ("a window that ends first", #"{"campaignId":\#(campaign),"contactId":\#(contact),"dueAt":"now","windowEnd":"\#(past)"}"#, "windowEnd"),
                ("an agent nobody knows", #"{"campaignId":\#(campaign),"contactId":\#(contact),"dueAt":"now","preference":"other_agent","agent":"ghost"}"#, "agent"),
                ("only an agent, without one", #"{"campaignId":\#(campaign),"contactId":\#(contact),"dueAt":"now","preference":"only_agent"}"#, "agent"),
                ("an unknown key", #"{"campaignId":\#(campaign),"contactId":\#(contact),"dueAt":"now","when":"later"}"#, "when"),
            ]
            for (name, body, field) in cases {
                let answer = try await api.call(.post, "/api/v1/callbacks", json: body)
                #expect(answer.status == .badRequest, "\(name): \(answer.text)")
                #expect(answer.problemFields.contains(field), "\(name): \(answer.problemFields)")
            }
            let foreignContact = #"{"campaignId":\#(campaign),"contactId":999999,"dueAt":"now"}"#
            #expect(try await api.call(.post, "/api/v1/callbacks", json: foreignContact).status == .notFound)
            #expect(try await api.call(.post, "/api/v1/callbacks", token: s.foreign, json: #"{"campaignId":\#(campaign),"contactId":\#(contact),"dueAt":"now"}"#).status == .notFound)
            #expect(try await api.call(.get, "/api/v1/callbacks?state=later").status == .badRequest)
            #expect(try await api.call(.get, "/api/v1/callbacks?colour=red").status == .badRequest)
            #expect(try await api.call(.get, "/api/v1/callbacks?limit=5000").status == .badRequest)
            #expect(try await api.call(.post, "/api/v1/callbacks/reassign", json: #"{"ids":[],"agent":"ann"}"#).status == .badRequest)
            #expect((try await api.call(.get, "/api/v1/callbacks").object?["items"] as? [Any])?.isEmpty == true, "nothing was made")
        }
    }
}
