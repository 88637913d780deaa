/// A field a filter condition can test: a system field of every contact, or a custom field of
/// the schema the filter is checked against.
public enum FilterSubject: Sendable, Equatable {
    case status, reasonCode, priority, created, updated, lastCompletionCode, attempts
    case phoneState, phone, email, timeZone, state, list, externalID, firstName, lastName
    case custom(name: String, type: FieldType)

    /// How the subject's values are compared.
    public enum Kind: Sendable, Equatable {
        case text, integer, decimal, boolean
        /// `yyyy-MM-dd` text, ordered as text.
        case date
        /// RFC 3339 UTC text, ordered as text.
        case datetime
        /// Milliseconds since 1970.
        case instant
    }

    public var kind: Kind {
        switch self {
        case .priority, .attempts, .list: .integer
        case .created, .updated: .instant
        case .custom(_, let type):
            switch type {
            case .integer: .integer
            case .decimal: .decimal
            case .boolean: .boolean
            case .date: .date
            case .datetime: .datetime
            case .text, .choice, .email, .phone: .text
            }
        default: .text
        }
    }

    /// Whether a contact holds several values of it (numbers, emails, reason codes): a test holds
    /// when any of them passes, and a negated one when none of them matches.
    public var isMultiValued: Bool {
        switch self {
        case .reasonCode, .phoneState, .phone, .email: true
        default: false
        }
    }

    /// The names a person writes for system fields.
    static let systemNames: [String: FilterSubject] = [
        "status": .status, "reason_code": .reasonCode, "reason_codes": .reasonCode, "priority": .priority,
        "created": .created, "created_at": .created, "updated": .updated, "updated_at": .updated,
        "last_completion_code": .lastCompletionCode, "completion_code": .lastCompletionCode, "attempts": .attempts,
        "phone_state": .phoneState, "phone": .phone, "email": .email, "time_zone": .timeZone, "state": .state,
        "list": .list, "list_id": .list, "external_id": .externalID, "first_name": .firstName, "last_name": .lastName,
    ]

    /// System field names, for a person who wrote an unknown one.
    public static var systemFieldNames: [String] {
        ["status", "reason_code", "priority", "created", "updated", "last_completion_code", "attempts", "phone_state", "phone",
         "email", "time_zone", "state", "list", "external_id", "first_name", "last_name"]
    }

    /// The subject `name` stands for: a system field, else a custom field of `fields`;
    /// `custom.name` always means the custom field.
    public static func named(_ name: String, in fields: [FieldDefinition]) -> FilterSubject? {
        let lowered = name.lowercased()
        if lowered.hasPrefix("custom.") || lowered.hasPrefix("field.") {
            let fieldName = String(name.drop(while: { $0 != "." }).dropFirst())
            return field(fieldName, in: fields).map { .custom(name: $0.name, type: $0.type) }
        }
        if let system = systemNames[lowered] { return system }
        return field(name, in: fields).map { .custom(name: $0.name, type: $0.type) }
    }

    /// A field by its name as a person writes it: exactly, else without case, as imports map columns.
    private static func field(_ name: String, in fields: [FieldDefinition]) -> FieldDefinition? {
        fields.first { $0.name == name } ?? fields.first { $0.name.lowercased() == name.lowercased() }
    }
}
