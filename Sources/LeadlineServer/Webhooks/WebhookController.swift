import Foundation
import HTTPTypes
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// What gateways and mail readers call, without a token: each request proves itself by its
/// signature (hosted gateways, mail systems) or by the token in the URL Leadline made (Kannel,
/// unsubscribe links), checked before anything else of it is read. An unknown gateway answers
/// like a wrong signature.
struct WebhookController {
    let store: Store
    let clock: @Sendable () -> Date

    static let maximumBody = 64 * 1024

    func register(webhooks: RouterGroup<AppRequestContext>, unsubscribe: RouterGroup<AppRequestContext>) {
        webhooks.get("kannel/:gatewayId/delivery", use: kannelDelivery)
        webhooks.get("kannel/:gatewayId/inbound", use: kannelInbound)
        webhooks.post("gateways/:gatewayId/delivery", use: signedDelivery)
        webhooks.post("gateways/:gatewayId/inbound", use: signedInbound)
        unsubscribe.get(":gatewayId/:attemptId", use: unsubscribePage)
        unsubscribe.post(":gatewayId/:attemptId", use: unsubscribeNow)
    }

    struct Answer: Encodable, Sendable {
        var result: String
        var code: String?
        var reason: String?

        init(_ effect: Inbound.Effect) {
            switch effect {
            case .recorded(let code): result = "recorded"; self.code = code
            case .ignored(let reason): result = "ignored"; self.reason = reason
            }
        }
    }

    // MARK: - Kannel

    /// `dlr-url`: `?attempt=…&token=…&type=%d`.
    @Sendable func kannelDelivery(_ request: Request, context: AppRequestContext) async throws -> Response {
        let gateway = try await gateway(context, kind: .kannel)
        let query = FormQuery(request.uri.query)
        let attemptID = query["attempt"].flatMap { Int64($0) }
        guard let attemptID, WebhookSignature.checkToken(query["token"], for: WebhookLinks.deliveryPurpose(attemptID: attemptID), secret: gateway.webhookSecret)
        else { throw Problem.unsigned("the delivery URL's token does not match its attempt") }
        guard let type = query["type"].flatMap({ Int($0) }) else { throw ValidationFailure(field: "type", reason: "must be Kannel's report type (%d)") }
        guard let code = Inbound.kannelCode(type: type) else { return try JSONResponse.make(Answer(.ignored("report type \(type) is not final"))) }
        return try JSONResponse.make(Answer(try await Inbound.delivery(attemptID: attemptID, code: code, gateway: gateway, store: store)))
    }

    /// An `sms-service`'s `get-url`: `?token=…&from=%p&text=%a`. Kannel sends nothing back to
    /// the sender when the answer is empty, so the answer here is.
    @Sendable func kannelInbound(_ request: Request, context: AppRequestContext) async throws -> Response {
        let gateway = try await gateway(context, kind: .kannel)
        let query = FormQuery(request.uri.query)
        guard WebhookSignature.checkToken(query["token"], for: WebhookLinks.inboundPurpose, secret: gateway.webhookSecret) else {
            throw Problem.unsigned("the inbound URL's token does not match its gateway")
        }
        guard let from = query["from"], !from.isEmpty else { throw ValidationFailure(field: "from", reason: "is required (%p)") }
        let text = query["text"] ?? ""
        _ = try await Inbound.reply(from: from, text: text, gateway: gateway, store: store)
        return Response(status: .ok)
    }

    // MARK: - Signed webhooks

    struct DeliveryReport: Decodable {
        var reference: String
        var status: String
    }

    struct InboundMessage: Decodable {
        var from: String
        var text: String
    }

    /// `{"reference": "<attempt id>", "status": "delivered" | "undelivered" | "rejected" | "bounced"}`.
    @Sendable func signedDelivery(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (gateway, bytes) = try await signed(request, context)
        let report = try decode(DeliveryReport.self, bytes)
        guard let attemptID = Int64(report.reference) else { throw ValidationFailure(field: "reference", reason: "must be the attempt id the message was sent with") }
        guard Inbound.reportCodes.contains(report.status) else {
            throw ValidationFailure(field: "status", reason: "must be one of \(Inbound.reportCodes.sorted().joined(separator: ", "))")
        }
        return try JSONResponse.make(Answer(try await Inbound.delivery(attemptID: attemptID, code: report.status, gateway: gateway, store: store)))
    }

    /// `{"from": "+14155550100" or "ann@example.com", "text": "YES"}`.
    @Sendable func signedInbound(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (gateway, bytes) = try await signed(request, context)
        let message = try decode(InboundMessage.self, bytes)
        return try JSONResponse.make(Answer(try await Inbound.reply(from: message.from, text: message.text, gateway: gateway, store: store)))
    }

    /// The gateway and the body, once the signature checks and was not seen before.
    private func signed(_ request: Request, _ context: AppRequestContext) async throws -> (Gateway, [UInt8]) {
        guard let gateway = try await known(context), gateway.kind != .kannel else { throw Problem.unsigned("no such gateway signs webhooks") }
        let buffer = try await request.body.collect(upTo: Self.maximumBody)
        let bytes = Array(buffer.readableBytesView)
        let now = clock()
        let signature: String
        do throws(WebhookSignature.Failure) {
            signature = try WebhookSignature.verify(request.headers[HTTPField.Name(WebhookSignature.header)!], body: bytes, secret: gateway.webhookSecret, now: now)
        } catch {
            throw Problem.unsigned(error.description)
        }
        guard try await store.gateways.receive(signature: signature, gatewayID: gateway.id, at: now) else {
            throw DomainError.conflict(field: nil, reason: "this webhook was received before; a replay changes nothing")
        }
        return (gateway, bytes)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw ValidationFailure(field: "body", reason: "is not the JSON this webhook takes")
        }
    }

    // MARK: - Unsubscribe

    /// A mail reader that opens the link sees one button; the one-click POST (RFC 8058) needs none.
    @Sendable func unsubscribePage(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try await unsubscribing(request, context)
        // The form posts back to this very link, token and all.
        let html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Unsubscribe</title></head>
            <body><form method="post"><p>Stop these emails?</p>
            <button type="submit" name="List-Unsubscribe" value="One-Click">Unsubscribe</button></form></body></html>
            """
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    @Sendable func unsubscribeNow(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (gateway, attemptID) = try await unsubscribing(request, context)
        _ = try await Inbound.unsubscribe(attemptID: attemptID, gateway: gateway, store: store)
        let html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Unsubscribed</title></head><body><p>You will get no more of these emails.</p></body></html>"
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private func unsubscribing(_ request: Request, _ context: AppRequestContext) async throws -> (Gateway, Int64) {
        guard let attemptID = context.parameters.get("attemptId").flatMap({ Int64($0) }), let gateway = try await known(context), gateway.kind == .smtp,
            WebhookSignature.checkToken(
                FormQuery(request.uri.query)["token"], for: WebhookLinks.unsubscribePurpose(attemptID: attemptID), secret: gateway.webhookSecret)
        else { throw Problem.unsigned("the unsubscribe link is not one Leadline made") }
        return (gateway, attemptID)
    }

    private func gateway(_ context: AppRequestContext, kind: GatewayKind) async throws -> Gateway {
        guard let gateway = try await known(context), gateway.kind == kind else { throw Problem.unsigned("no such \(kind.rawValue) gateway") }
        return gateway
    }

    /// The gateway the path names; nil for one that does not exist, which answers as unsigned.
    private func known(_ context: AppRequestContext) async throws -> Gateway? {
        guard let id = context.parameters.get("gatewayId").flatMap({ Int64($0) }) else { return nil }
        return try await store.gateways.find(id: id)
    }
}
