import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

/// An email campaign through a real SMTP server (aiosmtpd): what arrives has the right
/// envelope, headers, parts and placeholders; the one-click unsubscribe link blacklists the
/// address; bounces and replies come back signed; relays that refuse, hang up or stall leave a
/// recorded failure on the attempt.
@Suite(.serialized) struct EmailCampaignTests {
    static let settings = #""template":"Hello {{firstName}}, your renewal is due.","subject":"Renewal for {{firstName}}","html":"<p>Hello <b>{{firstName}}</b></p>""#

    static func gateway(_ api: TestAPI, sink: SMTPSink, timeout: Int = 10, security: MailSecurity = .none) async throws -> Gateway {
        let created = try await api.call(.post, "/api/v1/gateways", json: """
            {"name":"Relay","kind":"smtp","settings":{"host":"127.0.0.1","port":\(sink.port),"security":"\(security.rawValue)","username":"\(sink.username)","from":"renewals@example.com","timeoutSeconds":\(timeout)},"password":"\(sink.password)"}
            """)
        #expect(created.status == .created && !created.text.contains(sink.password), "\(created.text)")
        let id = try #require(created.object?["id"] as? Int)
        return try #require(try await api.store.gateways.find(id: Int64(id)))
    }

    @Test func mailsArriveWholeAndTheirLinksAndWebhooksWork() async throws {
        let sink = try SMTPSink()
        defer { sink.stop() }
        try await TestAPI.with(mode: .live) { api in
            let links = WebhookLinks(baseURL: "http://127.0.0.1:\(try #require(api.client.port))")
            let setup = try await MessagingSetup.make(api, channel: .email, contacts: 20, strategySettings: Self.settings)
            let gateway = try await Self.gateway(api, sink: sink)
            let (campaign, job) = try await setup.start(api, gatewayID: gateway.id)
            let report = try await MessageSender(store: api.store, links: links, logger: MessagingSetup.logger()).send(campaignID: Int64(campaign), tenantID: setup.tenantID)
            #expect(report.handed == 20 && report.failed == 0, "\(report)")
            #expect(try await MessagingSetup.codes(api, job: job)["delivered"] == 20)

            let mails = try sink.messages()
            #expect(mails.count == 20)
            let mail = try #require(mails.first { $0.recipients == [MessagingSetup.email(4)] })
            #expect(mail.mailFrom == "renewals@example.com" && mail.headers["To"] == MessagingSetup.email(4))
            #expect(mail.headers["Subject"] == "Renewal for Name4")
            #expect(mail.text?.contains("Hello Name4, your renewal is due.") == true && mail.html?.contains("<p>Hello <b>Name4</b></p>") == true)
            #expect(mail.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click")
            let link = try #require(mail.headers["List-Unsubscribe"]?.trimmingCharacters(in: CharacterSet(charactersIn: "<>")))
            #expect(link.hasPrefix(links.baseURL + "/unsubscribe/\(gateway.id)/"))
            let path = String(link.dropFirst(links.baseURL.count))

            // The link's page, a forged link, then the one-click POST a mail reader makes.
            #expect(try await api.call(.get, path, headers: [.authorization: ""]).text.contains("Unsubscribe"))
            let forged = path.replacingOccurrences(of: "token=", with: "token=0")
            #expect(try await api.call(.post, forged, headers: [.authorization: ""]).status == .unauthorized)
            let unsubscribed = try await api.send(.post, path, body: Array("List-Unsubscribe=One-Click".utf8), contentType: "application/x-www-form-urlencoded", token: "")
            #expect(unsubscribed.status == .ok, "\(unsubscribed.text)")
            #expect(try await MessagingSetup.codes(api, job: job)["opted_out"] == 1)
            let blocked = try await api.call(.get, "/api/v1/blacklist?q=customer4@")
            #expect(blocked.items.contains { $0["uri"] as? String == MessagingSetup.email(4) && $0["medium"] as? String == "email" }, "\(blocked.text)")

            // A bounce and a reply, signed by the mail system; then what is not signed, stale or replayed.
            let bounced = try #require(try await api.store.jobs.latestAttempt(to: MessagingSetup.email(5), gatewayID: gateway.id, tenantID: setup.tenantID))
            let bounce = #"{"reference":"\#(bounced.id)","status":"bounced"}"#
            let delivery = "/webhooks/gateways/\(gateway.id)/delivery"
            let first = try await api.signed(delivery, bounce, secret: gateway.webhookSecret)
            #expect(first.status == .ok && first.object?["code"] as? String == "bounced", "\(first.text)")
            let header = WebhookSignature.sign(Array(bounce.utf8), secret: gateway.webhookSecret, at: Date())
            _ = try await api.signed(delivery, bounce, secret: gateway.webhookSecret, signature: header)
            #expect(try await api.signed(delivery, bounce, secret: gateway.webhookSecret, signature: header).status == .conflict, "a replay is refused")
            let reply = #"{"from":"\#(MessagingSetup.email(6).replacingOccurrences(of: "example.com", with: "Example.COM"))","text":"UNSUBSCRIBE me"}"#
            for (body, signature, status) in [
                (reply, "", HTTPResponse.Status.unauthorized),
                (reply, "t=1,v1=zz", .unauthorized),
                (reply, WebhookSignature.sign(Array(reply.utf8), secret: gateway.webhookSecret, at: Date().addingTimeInterval(-3600)), .unauthorized),
                (reply, WebhookSignature.sign(Array(reply.utf8), secret: "another secret", at: Date()), .unauthorized),
                (#"{"from":"nobody@example.com","text":"hi"}"#, nil, .notFound),
                (#"{"from":"not an address","text":"hi"}"#, nil, .badRequest),
                (#"{"text":"hi"}"#, nil, .badRequest),
            ] as [(String, String?, HTTPResponse.Status)] {
                let answer = try await api.signed("/webhooks/gateways/\(gateway.id)/inbound", body, secret: gateway.webhookSecret, signature: signature)
                #expect(answer.status == status, "\(body) \(signature ?? "signed"): \(answer.text)")
            }
            #expect(try await api.signed(delivery, #"{"reference":"999999","status":"bounced"}"#, secret: gateway.webhookSecret).status == .notFound)
            let codes = try await MessagingSetup.codes(api, job: job)
            #expect(codes["opted_out"] == 1 && codes["bounced"] == 1 && codes["delivered"] == 18, "nothing unsigned changed a contact: \(codes)")
            let answered = try await api.signed("/webhooks/gateways/\(gateway.id)/inbound", reply, secret: gateway.webhookSecret)
            #expect(answered.object?["code"] as? String == "opted_out", "\(answered.text)")
            #expect(try await MessagingSetup.codes(api, job: job)["opted_out"] == 2)
        }
    }

    @Test(arguments: [(SMTPSink.Behaviour.refuse, "rejected"), (.hangUp, "network_error"), (.stall, "network_error")])
    func aFailingRelayLeavesItsFailureOnTheAttempt(behaviour: SMTPSink.Behaviour, code: String) async throws {
        let sink = try SMTPSink(behaviour)
        defer { sink.stop() }
        try await TestAPI.with { api in
            let setup = try await MessagingSetup.make(api, channel: .email, contacts: 2, strategySettings: Self.settings)
            let gateway = try await Self.gateway(api, sink: sink, timeout: 2)
            let (campaign, job) = try await setup.start(api, gatewayID: gateway.id)
            let sender = MessageSender(store: api.store, links: WebhookLinks(baseURL: "http://127.0.0.1:1"), logger: MessagingSetup.logger())
            let report = try await sender.send(campaignID: Int64(campaign), tenantID: setup.tenantID)
            #expect(report.handed == 2 && report.refused + report.failed == 2, "\(report)")
            #expect(try await MessagingSetup.codes(api, job: job)[code] == 2)
            #expect(try sink.messages().isEmpty)
            // Nothing is sent twice: the failed messages are not handed again.
            #expect(try await sender.send(campaignID: Int64(campaign), tenantID: setup.tenantID).handed == 0)
        }
    }

    /// A relay's TLS as a gateway asks for it: mail goes only over TLS to a relay whose certificate
    /// is trusted, and STARTTLS, once asked for, is never skipped by a relay that does not offer it.
    @Test(arguments: [
        (SMTPSink.Security.starttls, MailSecurity.starttls, true, "delivered"), (.tls, .tls, true, "delivered"),
        (.starttls, .starttls, false, "network_error"), (.none, .starttls, true, "network_error"),
    ])
    func mailGoesOnlyOverTheTLSTheGatewayAsksFor(relay: SMTPSink.Security, asked: MailSecurity, trusted: Bool, code: String) async throws {
        let sink = try SMTPSink(security: relay)
        defer { sink.stop() }
        try await TestAPI.with { api in
            let setup = try await MessagingSetup.make(api, channel: .email, contacts: 2, strategySettings: Self.settings)
            let gateway = try await Self.gateway(api, sink: sink, timeout: 5, security: asked)
            let (campaign, job) = try await setup.start(api, gatewayID: gateway.id)
            let authorities = trusted ? sink.certificate : nil
            let sender = MessageSender(store: api.store, links: WebhookLinks(baseURL: "http://127.0.0.1:1"), logger: MessagingSetup.logger()) {
                MessageGateways.client(for: $0, certificateAuthorities: authorities)
            }
            let report = try await sender.send(campaignID: Int64(campaign), tenantID: setup.tenantID)
            #expect(report.handed == 2, "\(report)")
            #expect(try await MessagingSetup.codes(api, job: job)[code] == 2)
            #expect(try sink.messages().count == (code == "delivered" ? 2 : 0))
        }
    }

    @Test func aTemplateThatRendersToNothingSendsNothing() async throws {
        let sink = try SMTPSink()
        defer { sink.stop() }
        try await TestAPI.with { api in
            let setup = try await MessagingSetup.make(api, channel: .email, contacts: 2, strategySettings: #""template":"{{answer}}","subject":"Hi""#)
            let gateway = try await Self.gateway(api, sink: sink)
            let (campaign, job) = try await setup.start(api, gatewayID: gateway.id)
            let report = try await MessageSender(store: api.store, links: WebhookLinks(baseURL: "http://127.0.0.1:1"), logger: MessagingSetup.logger())
                .send(campaignID: Int64(campaign), tenantID: setup.tenantID)
            #expect(report.empty == 2 && report.handed == 0, "\(report)")
            #expect(try await MessagingSetup.codes(api, job: job)["rejected"] == 2)
            #expect(try sink.messages().isEmpty)
        }
    }
}
