/// A value that must not repeat inside one list: the list's dedup key, or a unique custom field.
public struct ContactKey: Sendable, Hashable {
    /// `external_id`, `phone`, `email` or `field:NAME`.
    public var kind: String
    public var value: String

    public init(kind: String, value: String) {
        self.kind = kind
        self.value = value
    }

    /// The values of `content` under one dedup key; several for phones and emails.
    public static func values(of content: ContactContent, key: DedupKey) -> [ContactKey] {
        switch key {
        case .externalID:
            return content.externalID.map { [ContactKey(kind: key.rawValue, value: $0)] } ?? []
        case .phone:
            return content.phones.filter { !$0.e164.isEmpty }.map { ContactKey(kind: key.rawValue, value: $0.e164) }
        case .email:
            return content.emails.map { ContactKey(kind: key.rawValue, value: $0.lowercased()) }
        case .field(let name):
            return content.custom[name].flatMap(canonicalText).map { [ContactKey(kind: key.rawValue, value: $0)] } ?? []
        }
    }

    /// Every key a contact of `list` holds: its dedup key values and its unique fields' values.
    public static func all(of content: ContactContent, list: ContactList) -> [ContactKey] {
        var keys = values(of: content, key: list.settings.dedupKey)
        for field in list.schema where field.unique && list.settings.dedupKey != .field(field.name) {
            keys += values(of: content, key: .field(field.name))
        }
        return keys
    }

    /// The field a person sees when a key collides.
    public var inputField: String {
        switch kind {
        case "external_id": "externalId"
        case "phone": "phones"
        case "email": "emails"
        default: "custom.\(kind.dropFirst(6))"
        }
    }

    static func canonicalText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .decimal(let number): number.description
        case .bool(let flag): String(flag)
        default: nil
        }
    }
}
