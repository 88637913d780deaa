/// The parts of a contact that input sets; ids, times and version belong to the store.
public struct ContactContent: Sendable, Equatable {
    public static let maximumPhones = 10
    public static let maximumEmails = 10
    public static let defaultPriority = 5

    public var externalID: String?
    public var firstName: String?
    public var lastName: String?
    public var emails: [String]
    public var phones: [PhoneNumber]
    public var timeZone: String?
    /// The US state or Canadian province, as an ISO 3166-2 code (`US-TX`, `CA-QC`), for the calling zones.
    public var state: String?
    public var priority: Int
    public var status: ContactStatus
    public var reasonCodes: [String]
    /// Custom field values in stored form, keyed by field name; absent means no value.
    public var custom: [String: JSONValue]

    public init(
        externalID: String? = nil, firstName: String? = nil, lastName: String? = nil, emails: [String] = [],
        phones: [PhoneNumber] = [], timeZone: String? = nil, state: String? = nil, priority: Int = ContactContent.defaultPriority,
        status: ContactStatus = .remaining, reasonCodes: [String] = [], custom: [String: JSONValue] = [:]
    ) {
        self.externalID = externalID
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

    /// The contact's parts as JSON, keyed as the API names them; history diffs are taken on this.
    public var document: [String: JSONValue] {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return [
            "externalId": text(externalID),
            "firstName": text(firstName),
            "lastName": text(lastName),
            "emails": .array(emails.map(JSONValue.string)),
            "phones": .array(phones.map { phone in
                .object([
                    "raw": .string(phone.raw), "e164": .string(phone.e164), "type": .string(phone.type.rawValue),
                    "state": .string(phone.state.rawValue), "retryCount": .integer(Int64(phone.retryCount)),
                    "extension": text(phone.extension),
                ])
            }),
            "timeZone": text(timeZone),
            "state": text(state),
            "priority": .integer(Int64(priority)),
            "status": .string(status.rawValue),
            "reasonCodes": .array(reasonCodes.map(JSONValue.string)),
            "custom": .object(custom),
        ]
    }
}
