import Foundation
import LeadlineCore
import LeadlineStore

/// The URLs Leadline hands to gateways and puts in messages, each with the token that proves
/// Leadline made it: typed here so that the routes and the senders agree.
public struct WebhookLinks: Sendable {
    /// Where gateways and people reach this server, such as `https://leadline.example.com`.
    public let baseURL: String

    public init(baseURL: String) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    public static func deliveryPurpose(attemptID: Int64) -> String { "delivery:\(attemptID)" }
    public static func unsubscribePurpose(attemptID: Int64) -> String { "unsubscribe:\(attemptID)" }
    public static let inboundPurpose = "inbound"

    /// Kannel's `dlr-url`: it fills `%d` with the report's type.
    public func kannelDelivery(attemptID: Int64, gateway: Gateway) -> String {
        let token = WebhookSignature.token(for: Self.deliveryPurpose(attemptID: attemptID), secret: gateway.webhookSecret)
        return "\(baseURL)/webhooks/kannel/\(gateway.id)/delivery?attempt=\(attemptID)&token=\(token)&type=%d"
    }

    /// What a Kannel `sms-service` calls with each message it receives: `%p` the sender, `%a` the text.
    public func kannelInbound(gateway: Gateway) -> String {
        let token = WebhookSignature.token(for: Self.inboundPurpose, secret: gateway.webhookSecret)
        return "\(baseURL)/webhooks/kannel/\(gateway.id)/inbound?token=\(token)&from=%p&text=%a"
    }

    /// Where a hosted gateway or mail system posts signed reports and replies.
    public func signedDelivery(gatewayID: Int64) -> String { "\(baseURL)/webhooks/gateways/\(gatewayID)/delivery" }
    public func signedInbound(gatewayID: Int64) -> String { "\(baseURL)/webhooks/gateways/\(gatewayID)/inbound" }

    /// The one-click unsubscribe link of an email (RFC 8058).
    public func unsubscribe(attemptID: Int64, gateway: Gateway) -> String {
        let token = WebhookSignature.token(for: Self.unsubscribePurpose(attemptID: attemptID), secret: gateway.webhookSecret)
        return "\(baseURL)/unsubscribe/\(gateway.id)/\(attemptID)?token=\(token)"
    }
}
