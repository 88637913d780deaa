/// The part of a contact a file column fills.
public enum ImportTarget: Sendable, Hashable, CustomStringConvertible {
    case externalID, firstName, lastName, timeZone, state, priority
    /// When to call the contact back, in the campaign the import names: a callback scheduled by the import.
    case callbackAt
    /// Email 1...10.
    case email(Int)
    /// Phone 1...10.
    case phone(Int)
    /// A custom field of the list, by name.
    case field(String)

    /// The name a mapping uses: `external_id`, `first_name`, `last_name`, `time_zone`, `state`,
    /// `priority`, `email1`, `phone3`, or a custom field's name.
    public var description: String {
        switch self {
        case .externalID: "external_id"
        case .firstName: "first_name"
        case .lastName: "last_name"
        case .timeZone: "time_zone"
        case .state: "state"
        case .priority: "priority"
        case .callbackAt: "callback_at"
        case .email(let index): "email\(index)"
        case .phone(let index): "phone\(index)"
        case .field(let name): name
        }
    }

    /// The target a column or mapping name names, compared without case, spaces, dashes or
    /// underscores; custom fields by name or display name. Nil when it names nothing of `list`.
    public init?(named name: String, in list: ContactList) {
        let key = Self.folded(name)
        if let builtIn = Self.builtIn[key] {
            self = builtIn
            return
        }
        for prefix in ["phone", "email"] where key.hasPrefix(prefix) {
            if let index = Int(key.dropFirst(prefix.count)), (1...10).contains(index) {
                self = prefix == "phone" ? .phone(index) : .email(index)
                return
            }
        }
        guard let field = list.schema.first(where: { Self.folded($0.name) == key || Self.folded($0.displayName) == key }) else {
            return nil
        }
        self = .field(field.name)
    }

    /// Names people give these columns, folded.
    private static let builtIn: [String: ImportTarget] = [
        "externalid": .externalID, "accountid": .externalID, "account": .externalID, "accountnumber": .externalID,
        "customerid": .externalID, "firstname": .firstName, "givenname": .firstName, "forename": .firstName,
        "lastname": .lastName, "surname": .lastName, "familyname": .lastName, "timezone": .timeZone, "tz": .timeZone,
        "state": .state, "province": .state, "stateprovince": .state, "priority": .priority,
        "callbackat": .callbackAt, "callbacktime": .callbackAt,
        "phone": .phone(1), "telephone": .phone(1), "phonenumber": .phone(1), "mobile": .phone(1),
        "email": .email(1), "emailaddress": .email(1), "mail": .email(1),
    ]

    static func folded(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "." })
    }
}
