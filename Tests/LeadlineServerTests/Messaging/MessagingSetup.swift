import Foundation
import HTTPTypes
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import Logging
import Testing

/// A tenant ready to message: an `answer` field, an `interested` code, a list of contacts with
/// mobile numbers and email addresses, and a strategy of `channel` open all day.
struct MessagingSetup {
    var channel: Channel
    var list: Int
    var strategy: Int
    var tenantID: Int64

    static let allDay = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        .map { #""\#($0)":{"start":"00:00","end":"24:00"}"# }.joined(separator: ",")

    static func number(_ index: Int) -> String { "+1415\(2_000_000 + index)" }
    static func email(_ index: Int) -> String { "customer\(index)@example.com" }

    static func make(_ api: TestAPI, channel: Channel, contacts: Int, strategySettings: String) async throws -> MessagingSetup {
        _ = try await api.call(.post, "/api/v1/fields", json: #"{"name":"answer","type":"text"}"#)
        _ = try await api.call(.post, "/api/v1/completion-codes", json: #"{"name":"interested","isResponse":true,"closesContact":true}"#)
        let list = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Renewals","defaultRegion":"US"}"#).object?["id"] as? Int)
        var file = "Account ID,First Name,Phone 1,Email\n"
        for index in 1...contacts { file += "A\(index),Name\(index),\(number(index)),\(email(index))\n" }
        let started = try await api.send(.post, "/api/v1/lists/\(list)/imports?fileName=renewals.csv", body: Array(file.utf8))
        let process = try #require(started.object?["id"] as? Int, "\(started.text)")
        await api.runner.runDue()
        let imported = try await api.call(.get, "/api/v1/processes/\(process)")
        #expect((imported.object?["counts"] as? [String: Int])?["inserted"] == contacts, "\(imported.text)")
        let strategy = try await api.call(
            .post, "/api/v1/strategies", json: #"{"name":"Messages","channel":"\#(channel.rawValue)","settings":{"window":{\#(allDay)},\#(strategySettings)}}"#)
        let strategyID = try #require(strategy.object?["id"] as? Int, "\(strategy.text)")
        let tenant = try #require(try await api.store.tokens.authenticate(secret: api.adminToken)?.tenantID)
        return MessagingSetup(channel: channel, list: list, strategy: strategyID, tenantID: tenant)
    }

    /// A campaign over the list that sends through the gateway, and its running job.
    func start(_ api: TestAPI, gatewayID: Int64) async throws -> (campaign: Int, job: Int) {
        let created = try await api.call(.post, "/api/v1/campaigns", json: """
            {"name":"Messages","channel":"\(channel.rawValue)","strategyId":\(strategy),"lists":[\(list)],"gatewayId":\(gatewayID)}
            """)
        let campaign = try #require(created.object?["id"] as? Int, "\(created.text)")
        let job = try #require(try await api.call(.post, "/api/v1/campaigns/\(campaign)/start").object?["id"] as? Int)
        return (campaign, job)
    }

    /// Polls until `done` holds, for up to `seconds`.
    static func eventually(_ seconds: Double = 60, _ done: () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await done() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try await done()
    }

    static func codes(_ api: TestAPI, job: Int) async throws -> [String: Int] {
        let counters = try await api.call(.get, "/api/v1/jobs/\(job)").object?["counters"] as? [String: Any]
        return counters?["byCompletionCode"] as? [String: Int] ?? [:]
    }

    static func logger() -> Logger {
        var logger = Logger(label: "sender")
        logger.logLevel = .warning
        return logger
    }
}

extension TestAPI {
    /// A webhook as a gateway posts it: no token, the body signed with the gateway's secret at `time`.
    func signed(_ path: String, _ body: String, secret: String, at time: Date = Date(), signature: String? = nil) async throws -> APIResponse {
        let header = signature ?? WebhookSignature.sign(Array(body.utf8), secret: secret, at: time)
        return try await call(.post, path, json: body, headers: [.authorization: "", HTTPField.Name(WebhookSignature.header)!: header])
    }
}
