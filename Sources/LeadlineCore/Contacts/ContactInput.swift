/// A contact as a person sends it. Every part is optional: on create, missing parts take defaults;
/// on update, they stay as they are. An empty string clears a text part; a `null` custom value
/// removes that value.
public struct ContactInput: Sendable, Decodable, Equatable, ClosedInput {
    public var externalId: String?
    public var firstName: String?
    public var lastName: String?
    public var emails: [String]?
    public var phones: [PhoneInput]?
    public var timeZone: String?
    /// A US state or Canadian province: `TX`, `US-TX`, `QC`, `CA-QC`.
    public var state: String?
    public var priority: Int?
    public var status: ContactStatus?
    public var reasonCodes: [String]?
    public var custom: [String: JSONValue]?

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case externalId, firstName, lastName, emails, phones, timeZone, state, priority, status, reasonCodes, custom
    }

    public init(
        externalId: String? = nil, firstName: String? = nil, lastName: String? = nil, emails: [String]? = nil,
        phones: [PhoneInput]? = nil, timeZone: String? = nil, state: String? = nil, priority: Int? = nil, status: ContactStatus? = nil,
        reasonCodes: [String]? = nil, custom: [String: JSONValue]? = nil
    ) {
        self.externalId = externalId
        self.firstName = firstName
        self.lastName = lastName
        self.emails = emails
        self.phones = phones
        self.timeZone = timeZone
        self.state = state
        self.priority = priority
        self.status = status
        self.reasonCodes = reasonCodes
        self.custom = custom
    }
}

/// A phone number as a person sends it.
public struct PhoneInput: Sendable, Decodable, Equatable {
    public var number: String
    public var type: PhoneType?
    public var state: PhoneState?

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case number, type, state
    }

    public init(number: String, type: PhoneType? = nil, state: PhoneState? = nil) {
        self.number = number
        self.type = type
        self.state = state
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(String.self, forKey: .number)
        type = try container.decodeIfPresent(PhoneType.self, forKey: .type)
        state = try container.decodeIfPresent(PhoneState.self, forKey: .state)
    }
}
