import Crypto
import Foundation
import LeadlineCore

/// Token secrets: random, shown once, kept only as a SHA-256 digest.
public enum TokenSecret {
    /// A new secret: `ll_` and 43 characters of base64url over 32 random bytes.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let encoded = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return "ll_" + encoded
    }

    /// The digest stored in place of the secret. Secrets carry 256 bits of entropy, so an
    /// unsalted fast hash is safe here, and lookups by digest stay a single index probe.
    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Secrets chosen by an operator (`LEADLINE_ADMIN_TOKEN`) must still be hard to guess.
    public static func validateChosen(_ secret: String) throws(ValidationFailure) {
        guard secret.count >= 24, secret.count <= 200, secret.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            throw ValidationFailure(field: "LEADLINE_ADMIN_TOKEN", reason: "must be 24 to 200 printable ASCII characters without spaces")
        }
    }
}
