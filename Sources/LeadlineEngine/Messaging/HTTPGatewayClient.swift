import AsyncHTTPClient
import Foundation
import LeadlineCore
import NIOCore

/// A hosted SMS gateway's JSON API: the body template filled for each message, posted with the
/// API key in its header. The message's reference is its attempt id, which the gateway's signed
/// delivery reports name.
struct HTTPGatewayClient: MessageGateway {
    let gateway: Gateway

    func send(_ message: OutboundMessage) async -> SendOutcome {
        guard let url = gateway.settings.url else { return .refused("the gateway has no URL") }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let header = gateway.settings.apiKeyHeader, let key = gateway.secrets.apiKey { request.headers.add(name: header, value: key) }
        let body = GatewayBody.render(
            gateway.settings.bodyTemplate ?? GatewaySettings.defaultBodyTemplate, to: message.to, from: gateway.settings.from, text: message.text,
            reference: String(message.attemptID))
        request.body = .bytes(ByteBuffer(string: body))
        do {
            let response = try await GatewayHTTP.client.execute(request, timeout: .seconds(Int64(gateway.settings.timeoutSeconds)))
            let answer = String(buffer: try await response.body.collect(upTo: 64 * 1024))
            switch response.status.code {
            case 200...299: return .accepted
            case 400...499: return .refused("the gateway answered \(response.status.code): \(answer.prefix(200))")
            default: return .failed("the gateway answered \(response.status.code): \(answer.prefix(200))")
            }
        } catch {
            return .failed("the gateway did not answer: \(error)")
        }
    }
}
