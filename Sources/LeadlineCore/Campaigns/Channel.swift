/// How a campaign reaches its contacts.
public enum Channel: String, Sendable, Codable, CaseIterable {
    case voice, sms, email

    /// The do-not-contact entries that apply to this channel's attempts.
    public var medium: BlacklistMedium {
        switch self {
        case .voice: .voice
        case .sms: .sms
        case .email: .email
        }
    }

    /// Whether attempts go to phone numbers rather than email addresses.
    public var dialsNumbers: Bool { self != .email }
}
