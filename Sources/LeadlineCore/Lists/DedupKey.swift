/// What makes two contacts of one list the same customer.
public enum DedupKey: Sendable, Hashable {
    case externalID
    /// Any phone number of one contact equals any of the other's.
    case phone
    case email
    /// A custom field of the list's schema.
    case field(String)

    public init?(rawValue: String) {
        switch rawValue {
        case "external_id": self = .externalID
        case "phone": self = .phone
        case "email": self = .email
        default:
            guard rawValue.hasPrefix("field:"), rawValue.count > 6 else { return nil }
            self = .field(String(rawValue.dropFirst(6)))
        }
    }

    public var rawValue: String {
        switch self {
        case .externalID: "external_id"
        case .phone: "phone"
        case .email: "email"
        case .field(let name): "field:\(name)"
        }
    }
}

extension DedupKey: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let key = DedupKey(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "must be external_id, phone, email or field:NAME"))
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
