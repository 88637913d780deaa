import HummingbirdBcrypt
import LeadlineStore

/// bcrypt, with a cost that makes each guess take a noticeable fraction of a second.
public enum Passwords {
    public static let cost: UInt8 = 12

    public static func hash(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    public static func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// A password for a person to type once and then change: 20 characters of base64url.
    public static func generate() -> String {
        String(TokenSecret.generate().dropFirst(3).prefix(20))
    }

    /// Compared against when the email is unknown, so that an unknown address takes as long
    /// as a wrong password and the timing does not tell which addresses exist.
    static let decoy = Bcrypt.hash("leadline decoy password", cost: cost)
}
