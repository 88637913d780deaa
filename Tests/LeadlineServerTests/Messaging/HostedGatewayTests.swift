import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// The plain-HTTP SMS profile: each message posted as the body template says with the API key
/// in its header; reports and replies as webhooks signed with the gateway's secret. The hosted
/// provider's side is a fake (the internet's edge); Leadline's side is all real.
@Suite(.serialized) struct HostedGatewayTests {
    @Test func messagesArePostedAsTemplatedAndSignedWebhooksComeBack() async throws {
        let provider = try HostedGatewayFake()
        defer { provider.stop() }
        try await TestAPI.with(mode: .live) { api in
            let setup = try await MessagingSetup.make(api, channel: .sms, contacts: 5, strategySettings: #""template":"Hi {{firstName}} \"quoted\"""#)
            let template = #"{\"message\":{\"to\":\"{{to}}\",\"body\":\"{{text}}\"},\"ref\":\"{{reference}}\",\"sender\":\"{{from}}\"}"#
            let bad = try await api.call(.post, "/api/v1/gateways", json: #"{"name":"Bad","kind":"http","settings":{"url":"ftp://x","from":"4040","bodyTemplate":"{\"to\":{{to}}"},"apiKey":"k"}"#)
            let fields = Set((bad.object?["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
            #expect(bad.status == .badRequest && fields.isSuperset(of: ["settings.url", "settings.bodyTemplate", "settings.apiKeyHeader"]), "\(bad.text)")
            let created = try await api.call(.post, "/api/v1/gateways", json: """
                {"name":"Hosted","kind":"http","settings":{"url":"\(provider.url)","from":"4040","apiKeyHeader":"X-Api-Key","bodyTemplate":"\(template)"},"apiKey":"\(provider.apiKey)"}
                """)
            #expect(created.status == .created && created.object?["apiKeySet"] as? Bool == true && !created.text.contains(provider.apiKey), "\(created.text)")
            let id = try #require(created.object?["id"] as? Int)
            let gateway = try #require(try await api.store.gateways.find(id: Int64(id)))
            // Changing settings without the key keeps the key.
            let renamed = try await api.call(.put, "/api/v1/gateways/\(gateway.id)", json: """
                {"name":"Hosted SMS","kind":"http","settings":{"url":"\(provider.url)","from":"4040","apiKeyHeader":"X-Api-Key","bodyTemplate":"\(template)"}}
                """)
            #expect(renamed.object?["apiKeySet"] as? Bool == true, "\(renamed.text)")

            let (campaign, job) = try await setup.start(api, gatewayID: gateway.id)
            let sender = MessageSender(store: api.store, links: WebhookLinks(baseURL: "http://127.0.0.1:1"), logger: MessagingSetup.logger())
            let report = try await sender.send(campaignID: Int64(campaign), tenantID: setup.tenantID)
            #expect(report.handed == 5 && report.failed + report.refused == 0, "\(report)")
            let requests = try provider.requests()
            #expect(requests.count == 5)
            let posted = try #require(requests.compactMap { try? JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any] }
                .first { ($0["message"] as? [String: Any])?["to"] as? String == MessagingSetup.number(2) })
            #expect((posted["message"] as? [String: Any])?["body"] as? String == #"Hi Name2 "quoted""#, "placeholders are filled as JSON strings")
            #expect(posted["sender"] as? String == "4040")
            let reference = try #require(posted["ref"] as? String)

            let delivery = "/webhooks/gateways/\(gateway.id)/delivery"
            #expect(try await api.signed(delivery, #"{"reference":"\#(reference)","status":"delivered"}"#, secret: gateway.webhookSecret).status == .ok)
            #expect(try await api.signed(delivery, #"{"reference":"\#(reference)","status":"exploded"}"#, secret: gateway.webhookSecret).status == .badRequest)
            let stop = try await api.signed("/webhooks/gateways/\(gateway.id)/inbound", #"{"from":"\#(MessagingSetup.number(3))","text":"stop all"}"#, secret: gateway.webhookSecret)
            #expect(stop.object?["code"] as? String == "opted_out", "\(stop.text)")
            let codes = try await MessagingSetup.codes(api, job: job)
            #expect(codes["delivered"] == 1 && codes["opted_out"] == 1, "\(codes)")
            #expect(try await api.call(.get, "/api/v1/blacklist?q=\(MessagingSetup.number(3).dropFirst())").items.count == 1)

            #expect(try await api.call(.delete, "/api/v1/gateways/\(gateway.id)").status == .conflict, "a campaign sends with it")
        }
    }

    @Test func aGatewayThatRefusesLeavesRejectedAttempts() async throws {
        let provider = try HostedGatewayFake()
        defer { provider.stop() }
        try await TestAPI.with { api in
            let setup = try await MessagingSetup.make(api, channel: .sms, contacts: 3, strategySettings: #""template":"Hi""#)
            let created = try await api.call(.post, "/api/v1/gateways", json: """
                {"name":"Hosted","kind":"http","settings":{"url":"\(provider.url)","from":"4040","apiKeyHeader":"X-Api-Key"},"apiKey":"wrong"}
                """)
            let gatewayID = try #require(created.object?["id"] as? Int)
            let (campaign, job) = try await setup.start(api, gatewayID: Int64(gatewayID))
            let sender = MessageSender(store: api.store, links: WebhookLinks(baseURL: "http://127.0.0.1:1"), logger: MessagingSetup.logger())
            let report = try await sender.send(campaignID: Int64(campaign), tenantID: setup.tenantID)
            #expect(report.refused == 3, "\(report)")
            #expect(try await MessagingSetup.codes(api, job: job)["rejected"] == 3)
            #expect(try await sender.send(campaignID: Int64(campaign), tenantID: setup.tenantID).handed == 0)
        }
    }

    @Test func aMessageWhoseReportNeverComesEndsAsNoReportAndIsNotSentAgain() async throws {
        let provider = try HostedGatewayFake()
        defer { provider.stop() }
        try await TestAPI.with { api in
            let setup = try await MessagingSetup.make(api, channel: .sms, contacts: 3, strategySettings: #""template":"Hi""#)
            let created = try await api.call(.post, "/api/v1/gateways", json: """
                {"name":"Hosted","kind":"http","settings":{"url":"\(provider.url)","from":"4040","apiKeyHeader":"X-Api-Key"},"apiKey":"\(provider.apiKey)"}
                """)
            let gatewayID = try #require(created.object?["id"] as? Int)
            let (campaign, job) = try await setup.start(api, gatewayID: Int64(gatewayID))
            let sender = MessageSender(store: api.store, links: WebhookLinks(baseURL: "http://127.0.0.1:1"), reportWait: 5, logger: MessagingSetup.logger())
            #expect(try await sender.send(campaignID: Int64(campaign), tenantID: setup.tenantID).handed == 3)
            let waiting = try await api.call(.get, "/metrics", headers: [.authorization: ""]).text
            #expect(waiting.contains("leadline_messages_awaiting_report 3"), "the sender's queue is a metric")
            try await Task.sleep(for: .seconds(6))
            // The leases ran out: expiring leases does not hand the contacts back, the sender ends them.
            try await JobControl.tick(store: api.store)
            let swept = try await sender.send(campaignID: Int64(campaign), tenantID: setup.tenantID)
            #expect(swept.unreported == 3 && swept.handed == 0, "\(swept)")
            let codes = try await MessagingSetup.codes(api, job: job)
            #expect(codes["no_report"] == 3 && codes["lease_expired"] == nil, "\(codes)")
            #expect(try provider.requests().count == 3, "each message went once")
            #expect(try await api.call(.get, "/metrics", headers: [.authorization: ""]).text.contains("leadline_messages_awaiting_report 0"))
        }
    }
}
