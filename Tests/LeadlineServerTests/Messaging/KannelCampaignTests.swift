import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// An SMS campaign through a real Kannel (bearerbox, smsbox, fakesmsc as the operator's SMSC):
/// every message once, every delivery report on its attempt, replies that change the right
/// contacts, STOP on the blacklist; and the requests no gateway signed change nothing.
@Suite(.serialized) struct KannelCampaignTests {
    static let contacts = 1000

    @Test(arguments: Engine.allCases)
    func aThousandMessagesGoOnceAndTheirReportsAndRepliesLand(engine: Engine) async throws {
        let kannel = try KannelGateway()
        defer { kannel.stop() }
        try await TestAPI.with(engine, mode: .live) { api in
            let links = WebhookLinks(baseURL: "http://127.0.0.1:\(try #require(api.client.port))")
            let setup = try await MessagingSetup.make(
                api, channel: .sms, contacts: Self.contacts,
                strategySettings: #""template":"Hi {{firstName}}, reply YES to renew","messagesPerSecond":1000,"responses":[{"match":"keywords","keywords":["YES","Y"],"code":"interested","fields":{"answer":"yes"}}]"#)
            let created = try await api.call(.post, "/api/v1/gateways", json: """
                {"name":"Kannel","kind":"kannel","settings":{"url":"\(kannel.sendsmsURL)","username":"\(kannel.username)","from":"\(kannel.sender)"},"password":"\(kannel.password)"}
                """)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.object?["passwordSet"] as? Bool == true && created.object?["webhookSecret"] is String)
            #expect(!created.text.contains(kannel.password), "the password is never shown")
            let gatewayID = try #require(created.object?["id"] as? Int)
            let shown = try await api.call(.get, "/api/v1/gateways/\(gatewayID)")
            #expect(shown.object?["webhookSecret"] == nil && shown.object?["kannelGetUrl"] == nil && !shown.text.contains(kannel.password))
            let gateway = try #require(try await api.store.gateways.find(id: Int64(gatewayID)))
            try kannel.start(inboundURL: links.kannelInbound(gateway: gateway))

            let (campaign, job) = try await setup.start(api, gatewayID: Int64(gatewayID))
            let sender = MessageSender(store: api.store, links: links, logger: MessagingSetup.logger())
            let report = try await sender.send(campaignID: Int64(campaign), tenantID: setup.tenantID)
            #expect(report.handed == Self.contacts && report.failed == 0 && report.refused == 0, "\(report)")

            let delivered = try await MessagingSetup.eventually { try await MessagingSetup.codes(api, job: job)["delivered"] == Self.contacts }
            let afterReports = try await MessagingSetup.codes(api, job: job)
            #expect(delivered, "every delivery report lands: \(afterReports)")
            // fakesmsc writes what it got a little after Kannel reports it delivered.
            _ = try await MessagingSetup.eventually(10) { kannel.received().count >= Self.contacts }
            let received = kannel.received()
            #expect(received.count == Self.contacts)
            #expect(Set(received.map(\.to)) == Set((1...Self.contacts).map(MessagingSetup.number)), "each number once")
            #expect(received.first { $0.to == MessagingSetup.number(7) }?.text == "Hi Name7, reply YES to renew")

            // Sending again hands nothing: each message went once.
            let again = try await sender.send(campaignID: Int64(campaign), tenantID: setup.tenantID)
            #expect(again.handed == 0 && kannel.received().count == Self.contacts)

            // fakesmsc takes one typed line at a time: each reply waits for the one before to land.
            for (index, text, code) in [(1, "yes please", "interested"), (2, "Stop.", "opted_out"), (3, "who is this?", "replied")] {
                try kannel.reply(from: MessagingSetup.number(index), text: text)
                _ = try await MessagingSetup.eventually(20) { try await MessagingSetup.codes(api, job: job)[code] == 1 }
            }
            let replied = try await MessagingSetup.eventually {
                let codes = try await MessagingSetup.codes(api, job: job)
                return codes["interested"] == 1 && codes["opted_out"] == 1 && codes["replied"] == 1 && codes["delivered"] == Self.contacts - 3
            }
            let afterReplies = try await MessagingSetup.codes(api, job: job)
            #expect(replied, "\(afterReplies)")
            let first = try await api.call(.get, "/api/v1/lists/\(setup.list)/contacts?limit=1").items.first
            #expect(first?["externalId"] as? String == "A1" && (first?["custom"] as? [String: Any])?["answer"] as? String == "yes", "a rule's fields change the contact")
            let blocked = try await api.call(.get, "/api/v1/blacklist?q=\(MessagingSetup.number(2).dropFirst())")
            #expect(blocked.items.contains { $0["uri"] as? String == MessagingSetup.number(2) && $0["medium"] as? String == "sms" }, "\(blocked.text)")

            // Unsigned, misdirected and malformed requests change nothing.
            let base = "/webhooks/kannel/\(gatewayID)"
            let token = WebhookSignature.token(for: WebhookLinks.inboundPurpose, secret: gateway.webhookSecret)
            let attempt = try #require(try await api.store.jobs.latestAttempt(to: MessagingSetup.number(5), gatewayID: gateway.id, tenantID: setup.tenantID))
            #expect(try await api.store.jobs.handedAttempt(id: attempt.id, gatewayID: gateway.id, tenantID: setup.tenantID) == attempt)
            #expect(try await api.store.jobs.handedAttempt(id: attempt.id, gatewayID: gateway.id + 1, tenantID: setup.tenantID) == nil, "another gateway's")
            #expect(try await api.store.jobs.handedAttempt(id: attempt.id, gatewayID: gateway.id, tenantID: setup.tenantID + 1) == nil, "another tenant's")
            for (path, status) in [
                ("\(base)/inbound?from=%2B\(MessagingSetup.number(5).dropFirst())&text=STOP", HTTPResponse.Status.unauthorized),
                ("\(base)/inbound?token=\(String(repeating: "0", count: 64))&from=%2B\(MessagingSetup.number(5).dropFirst())&text=STOP", .unauthorized),
                ("/webhooks/kannel/999/inbound?token=\(token)&from=%2B\(MessagingSetup.number(5).dropFirst())&text=STOP", .unauthorized),
                ("\(base)/delivery?attempt=\(attempt.id)&token=\(token)&type=2", .unauthorized),
                ("\(base)/inbound?token=\(token)&from=%2B14155550199&text=STOP", .notFound),
                ("\(base)/inbound?token=\(token)&from=not-a-number&text=STOP", .badRequest),
                ("\(base)/inbound?token=\(token)&text=STOP", .badRequest),
                ("\(base)/delivery?attempt=\(attempt.id)&token=\(WebhookSignature.token(for: WebhookLinks.deliveryPurpose(attemptID: attempt.id), secret: gateway.webhookSecret))", .badRequest),
                ("\(base)/delivery?attempt=999999&token=\(WebhookSignature.token(for: WebhookLinks.deliveryPurpose(attemptID: 999_999), secret: gateway.webhookSecret))&type=1", .notFound),
            ] {
                let answer = try await api.call(.get, path, headers: [.authorization: ""])
                #expect(answer.status == status, "\(path): \(answer.text)")
            }
            // A late report for an ended attempt is taken and ignored.
            let late = try await api.call(.get, "\(base)/delivery?attempt=\(attempt.id)&token=\(WebhookSignature.token(for: WebhookLinks.deliveryPurpose(attemptID: attempt.id), secret: gateway.webhookSecret))&type=2", headers: [.authorization: ""])
            #expect(late.status == .ok && late.object?["result"] as? String == "ignored", "\(late.text)")
            let codes = try await MessagingSetup.codes(api, job: job)
            #expect(codes["delivered"] == Self.contacts - 3 && codes["opted_out"] == 1 && codes["undelivered"] == nil, "\(codes)")
            #expect(try await api.call(.get, "/api/v1/blacklist?q=\(MessagingSetup.number(5).dropFirst())").items.isEmpty)
        }
    }
}
