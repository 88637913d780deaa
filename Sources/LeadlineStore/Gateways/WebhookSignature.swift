import Crypto
import Foundation

/// How Leadline knows a webhook or a link came from whom it says: an HMAC-SHA256 under the
/// gateway's webhook secret, compared in constant time.
///
/// A hosted gateway signs each request's body with the time it sent it, in one header:
/// `X-Leadline-Signature: t=<unix seconds>,v1=<hex HMAC of "<t>.<body>">`. A signature older or
/// newer than `tolerance` seconds is refused, and one taken before is a replay. Kannel cannot
/// sign, so the URLs it calls carry a token: the HMAC of what the URL is for.
public enum WebhookSignature {
    public static let header = "X-Leadline-Signature"
    public static let tolerance: Int64 = 300

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missing, malformed, stale, wrong

        public var description: String {
            switch self {
            case .missing: "the request has no \(WebhookSignature.header) header"
            case .malformed: "the \(WebhookSignature.header) header is not t=<seconds>,v1=<hex>"
            case .stale: "the signature's time is more than \(WebhookSignature.tolerance) seconds from now"
            case .wrong: "the signature does not match the body"
            }
        }
    }

    /// The header value for `body` sent at `time`.
    public static func sign(_ body: some Sequence<UInt8>, secret: String, at time: Date) -> String {
        let seconds = Int64(time.timeIntervalSince1970)
        return "t=\(seconds),v1=\(mac(Array("\(seconds).".utf8) + Array(body), secret: secret))"
    }

    /// Checks a header value against the body; returns the signature, the key for replays.
    public static func verify(_ header: String?, body: [UInt8], secret: String, now: Date) throws(Failure) -> String {
        guard let header, !header.isEmpty else { throw .missing }
        var seconds: Int64?
        var signature: String?
        for part in header.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { throw .malformed }
            if pair[0] == "t" { seconds = Int64(pair[1]) }
            if pair[0] == "v1" { signature = pair[1].lowercased() }
        }
        guard let seconds, let signature, signature.count == 64, signature.allSatisfy(\.isHexDigit) else { throw .malformed }
        guard abs(Int64(now.timeIntervalSince1970) - seconds) <= tolerance else { throw .stale }
        guard equal(mac(Array("\(seconds).".utf8) + body, secret: secret), signature) else { throw .wrong }
        return signature
    }

    /// The token of a URL made for `purpose` (such as "delivery:123").
    public static func token(for purpose: String, secret: String) -> String {
        mac(Array(purpose.utf8), secret: secret)
    }

    public static func checkToken(_ token: String?, for purpose: String, secret: String) -> Bool {
        guard let token else { return false }
        return equal(self.token(for: purpose, secret: secret), token.lowercased())
    }

    private static func mac(_ bytes: [UInt8], secret: String) -> String {
        HMAC<SHA256>.authenticationCode(for: bytes, using: SymmetricKey(data: Data(secret.utf8))).map { String(format: "%02x", $0) }.joined()
    }

    private static func equal(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
