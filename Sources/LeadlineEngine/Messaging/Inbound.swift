import Foundation
import LeadlineCore
import LeadlineStore

/// What gateways tell Leadline after a message went: delivery reports, replies and
/// unsubscriptions. Each is called only once its signature or token has been checked.
public enum Inbound {
    public static let actor = "gateway"

    /// What a report did: the attempt's new state, or why nothing changed.
    public enum Effect: Sendable, Equatable {
        case recorded(code: String)
        case ignored(String)
    }

    /// Kannel's report types (`%d`): 1 delivered, 2 undelivered, 16 rejected by the SMSC; the
    /// others (buffered, submitted) are on the way and change nothing.
    public static func kannelCode(type: Int) -> String? {
        switch type {
        case 1: "delivered"
        case 2: "undelivered"
        case 16: "rejected"
        default: nil
        }
    }

    /// The codes a signed delivery report may give.
    public static let reportCodes: Set<String> = ["delivered", "undelivered", "rejected", "bounced"]

    /// A delivery report on one of the gateway's messages. A bounce may come after the message
    /// counted as delivered, and replaces that; any other report for an ended attempt is late
    /// and changes nothing.
    public static func delivery(attemptID: Int64, code: String, gateway: Gateway, store: Store) async throws -> Effect {
        let attempt = try await message(attemptID, of: gateway, store: store)
        let amends = code == "bounced" && attempt.state == .ended
        guard attempt.state == .leased || amends else {
            return .ignored("attempt \(attemptID) ended already as \(attempt.completionCode ?? attempt.state.rawValue)")
        }
        _ = try await Dispatch.postResult(
            attemptID: attemptID, code: code, callbackAt: nil, fields: nil, notes: nil, tenantID: gateway.tenantID, actor: actor, store: store,
            amends: amends)
        return .recorded(code: code)
    }

    /// A reply from a number or address: matched to the latest message the gateway's campaigns
    /// handed to it, read by the strategy's response rules. An opt-out word blacklists the
    /// number or address for the channel before anything else.
    public static func reply(from sender: String, text: String, gateway: Gateway, store: Store, parser: PhoneNumberParser = PhoneNumberParser()) async throws -> Effect {
        let channel = gateway.kind.channel
        guard let address = address(sender, channel: channel, parser: parser) else {
            throw ValidationFailure(field: "from", reason: channel == .email ? "is not an email address" : "is not a phone number in international form")
        }
        if text.count > 10_000 { throw ValidationFailure(field: "text", reason: "must be at most 10000 characters") }
        guard let attempt = try await store.jobs.latestAttempt(to: address, gatewayID: gateway.id, tenantID: gateway.tenantID) else {
            throw DomainError.notFound("no message of gateway \(gateway.id) went to \(address)")
        }
        let rules = try await store.jobs.plan(jobID: attempt.jobID)?.settings.responses ?? []
        let (code, fields) = Reply.classify(text, rules: rules)
        if code == "opted_out" { try await optOut(address, channel: channel, why: "replied '\(text.prefix(40))'", tenantID: gateway.tenantID, store: store) }
        _ = try await Dispatch.postResult(
            attemptID: attempt.id, code: code, callbackAt: nil, fields: fields, notes: "reply: \(text.prefix(1000))", tenantID: gateway.tenantID,
            actor: actor, store: store, amends: true)
        return .recorded(code: code)
    }

    /// The one-click unsubscribe of an email: its address blacklisted for email, its attempt `opted_out`.
    public static func unsubscribe(attemptID: Int64, gateway: Gateway, store: Store) async throws -> Effect {
        let attempt = try await message(attemptID, of: gateway, store: store)
        try await optOut(attempt.target.address, channel: .email, why: "unsubscribed by the link of attempt \(attemptID)", tenantID: gateway.tenantID, store: store)
        guard attempt.completionCode != "opted_out" else { return .ignored("attempt \(attemptID) is unsubscribed already") }
        _ = try await Dispatch.postResult(
            attemptID: attemptID, code: "opted_out", callbackAt: nil, fields: nil, notes: "unsubscribe link", tenantID: gateway.tenantID, actor: actor,
            store: store, amends: true)
        return .recorded(code: "opted_out")
    }

    /// An attempt the gateway handed; another gateway's or tenant's is unknown here.
    private static func message(_ attemptID: Int64, of gateway: Gateway, store: Store) async throws -> Attempt {
        guard let attempt = try await store.jobs.handedAttempt(id: attemptID, gatewayID: gateway.id, tenantID: gateway.tenantID) else {
            throw DomainError.notFound("gateway \(gateway.id) sent no message \(attemptID)")
        }
        return attempt
    }

    private static func optOut(_ address: String, channel: Channel, why: String, tenantID: Int64, store: Store) async throws {
        let uri: BlacklistURI = channel == .email ? .email(address) : .number(address)
        try await store.blacklist.add(
            [BlacklistEntry.Input(name: "opt-out", medium: channel.medium, uri: uri, reason: why)], tenantID: tenantID, actor: actor)
    }

    /// The sender as attempts store it: E.164 (an SMSC may leave out the `+` or write `00`), or a lowercased address.
    static func address(_ sender: String, channel: Channel, parser: PhoneNumberParser) -> String? {
        let trimmed = sender.trimmingWhitespace
        if channel == .email { return EmailAddress.normalized(trimmed) }
        let digits = trimmed.filter(\.isNumber)
        guard !digits.isEmpty, trimmed.allSatisfy({ $0.isNumber || "+ -().".contains($0) }) else { return nil }
        let international = trimmed.hasPrefix("+") ? trimmed : "+" + (digits.hasPrefix("00") ? String(digits.dropFirst(2)) : digits)
        return parser.parse(international).e164
    }
}
