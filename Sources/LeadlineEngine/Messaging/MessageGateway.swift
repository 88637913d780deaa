import AsyncHTTPClient
import Foundation
import LeadlineCore

/// One message to send, as the sender made it from a lease.
public struct OutboundMessage: Sendable, Equatable {
    public var attemptID: Int64
    /// E.164 number or email address.
    public var to: String
    public var text: String
    public var subject: String?
    public var html: String?
    /// Kannel's delivery report URL.
    public var deliveryURL: String?
    public var unsubscribeURL: String?
}

/// What a gateway said to one message.
public enum SendOutcome: Sendable, Equatable {
    case accepted
    /// The gateway answered and refused it: recorded as `rejected`.
    case refused(String)
    /// No answer, a broken connection or a time-out: recorded as `network_error`.
    case failed(String)

    /// The completion code of a message not accepted.
    var code: String? {
        switch self {
        case .accepted: nil
        case .refused: "rejected"
        case .failed: "network_error"
        }
    }

    var reason: String? {
        switch self {
        case .accepted: nil
        case .refused(let reason), .failed(let reason): reason
        }
    }
}

/// A network a message leaves by. Kannel, a hosted HTTP gateway and an SMTP relay each speak
/// their own protocol behind it.
public protocol MessageGateway: Sendable {
    func send(_ message: OutboundMessage) async -> SendOutcome
}

/// The client for a gateway's kind.
public enum MessageGateways {
    /// - Parameter certificateAuthorities: a PEM file of the authorities SMTP relays' certificates
    ///   are checked against instead of the system's, for relays with a private CA.
    public static func client(for gateway: Gateway, certificateAuthorities: String? = nil) -> any MessageGateway {
        switch gateway.kind {
        case .kannel: KannelClient(gateway: gateway)
        case .http: HTTPGatewayClient(gateway: gateway)
        case .smtp: SMTPClient(gateway: gateway, certificateAuthorities: certificateAuthorities)
        }
    }
}

/// The HTTP client the SMS gateways share. async-http-client's shared client keeps eight
/// connections to a host; a gateway that takes a second per message over each would cap a
/// campaign at eight messages a second, so this one keeps as many as the sender has in flight.
enum GatewayHTTP {
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: MessageSender.inFlight)
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()
}
