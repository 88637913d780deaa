import AsyncHTTPClient
import Foundation
import LeadlineCore

/// Kannel's `sendsms` HTTP interface (smsbox): one GET per message, answered 202 when queued.
/// Each message asks for delivery reports of final states and SMSC rejection (dlr-mask 1 + 2 + 16)
/// at its own `dlr-url`.
struct KannelClient: MessageGateway {
    let gateway: Gateway

    static let dlrMask = 19

    func send(_ message: OutboundMessage) async -> SendOutcome {
        guard let base = gateway.settings.url else { return .refused("the gateway has no sendsms URL") }
        var query: [(String, String)] = [
            ("username", gateway.settings.username ?? ""), ("password", gateway.secrets.password ?? ""), ("from", gateway.settings.from),
            ("to", message.to), ("text", message.text), ("charset", "UTF-8"), ("coding", Self.needsUCS2(message.text) ? "2" : "0"),
        ]
        if let dlr = message.deliveryURL { query += [("dlr-mask", String(Self.dlrMask)), ("dlr-url", dlr)] }
        let url = base + (base.contains("?") ? "&" : "?") + query.map { "\($0)=\(FormEncoding.escaped($1))" }.joined(separator: "&")
        do {
            let response = try await GatewayHTTP.client.execute(HTTPClientRequest(url: url), timeout: .seconds(Int64(gateway.settings.timeoutSeconds)))
            let body = String(buffer: try await response.body.collect(upTo: 64 * 1024))
            switch response.status.code {
            case 200...299: return .accepted
            case 400...499: return .refused("Kannel answered \(response.status.code): \(body.prefix(200))")
            default: return .failed("Kannel answered \(response.status.code): \(body.prefix(200))")
            }
        } catch {
            return .failed("Kannel did not answer: \(error)")
        }
    }

    /// Text beyond GSM's default alphabet goes as UCS-2.
    static func needsUCS2(_ text: String) -> Bool {
        !text.unicodeScalars.allSatisfy { $0.isASCII && ($0.value >= 0x20 || $0 == "\n" || $0 == "\r") }
    }
}

/// `application/x-www-form-urlencoded` values, with `+` and every reserved character escaped.
enum FormEncoding {
    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func escaped(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
