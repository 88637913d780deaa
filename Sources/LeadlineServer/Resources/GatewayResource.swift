import LeadlineCore
import LeadlineEngine

/// A gateway as shown: its settings, whether each secret is set, never the secrets. The answer
/// that creates one carries its webhook secret and, for Kannel, the `get-url` of its
/// `sms-service`, once.
struct GatewayResource: Encodable, Sendable {
    var id: Int64
    var name: String
    var kind: GatewayKind
    var channel: Channel
    var settings: GatewaySettings
    var passwordSet: Bool
    var apiKeySet: Bool
    /// Where a hosted gateway or mail system posts signed reports and replies.
    var deliveryWebhookUrl: String?
    var inboundWebhookUrl: String?
    var webhookSecret: String?
    var kannelGetUrl: String?
    var version: Int
    var createdAt: String
    var updatedAt: String

    init(_ gateway: Gateway, links: WebhookLinks, created: Bool = false) {
        id = gateway.id
        name = gateway.name
        kind = gateway.kind
        channel = gateway.kind.channel
        settings = gateway.settings
        passwordSet = gateway.secrets.password != nil
        apiKeySet = gateway.secrets.apiKey != nil
        if gateway.kind != .kannel {
            deliveryWebhookUrl = links.signedDelivery(gatewayID: gateway.id)
            inboundWebhookUrl = links.signedInbound(gatewayID: gateway.id)
        }
        if created {
            webhookSecret = gateway.webhookSecret
            if gateway.kind == .kannel { kannelGetUrl = links.kannelInbound(gateway: gateway) }
        }
        version = gateway.version
        createdAt = Timestamp.format(gateway.createdAt)
        updatedAt = Timestamp.format(gateway.updatedAt)
    }
}
