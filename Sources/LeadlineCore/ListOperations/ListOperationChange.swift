/// What the management tool's in-place actions do to one contact.
public enum ListOperationChange {
    /// Back to "not used": remaining, no reason codes, numbers without retries and active again
    /// unless blocked or excluded.
    public static func reset(_ content: ContactContent) -> ContactContent {
        var result = content
        result.status = .remaining
        result.reasonCodes = []
        for index in result.phones.indices {
            result.phones[index].retryCount = 0
            if result.phones[index].state == .inactive { result.phones[index].state = .active }
        }
        return result
    }

    /// `fields` written over the contact's custom values, each checked against its list's field.
    public static func update(_ content: ContactContent, fields: [String: JSONValue], list: ContactList) throws(ValidationFailure) -> ContactContent {
        try ContactRules.update(ContactInput(custom: fields), current: content, list: list)
    }

    /// The contact as an input to another list: every part it has, custom values only for the
    /// fields that list has, numbers by their E.164 form.
    public static func input(from content: ContactContent, for list: ContactList) -> ContactInput {
        ContactInput(
            externalId: content.externalID, firstName: content.firstName, lastName: content.lastName, emails: content.emails,
            phones: content.phones.map { PhoneInput(number: $0.e164.isEmpty ? $0.raw : $0.e164, type: $0.type, state: $0.state) },
            timeZone: content.timeZone, state: content.state, priority: content.priority, status: content.status,
            reasonCodes: content.reasonCodes, custom: content.custom.filter { name, _ in list.field(named: name) != nil })
    }
}
