import LeadlineCore

/// A contact as the API shows it; a single contact comes with its latest history.
struct ContactResource: Encodable, Sendable {
    var id: Int64
    var listId: Int64
    var externalId: String?
    var firstName: String?
    var lastName: String?
    var emails: [String]
    var phones: [PhoneNumber]
    var timeZone: String?
    var state: String?
    /// The zones the contact may be in, by the order of trust in `ContactTimeZones`; it may be
    /// called only when each of them allows it.
    var callingZones: [String]
    var priority: Int
    var status: ContactStatus
    var reasonCodes: [String]
    var custom: [String: JSONValue]
    var version: Int
    var createdAt: String
    var updatedAt: String
    var history: [HistoryEventResource]?

    init(_ contact: Contact, listZone: String, history: [HistoryEvent]? = nil) {
        id = contact.id
        listId = contact.listID
        externalId = contact.content.externalID
        firstName = contact.content.firstName
        lastName = contact.content.lastName
        emails = contact.content.emails
        phones = contact.content.phones
        timeZone = contact.content.timeZone
        state = contact.content.state
        callingZones = ContactTimeZones.resolve(contact.content, listZone: listZone).map(\.identifier)
        priority = contact.content.priority
        status = contact.content.status
        reasonCodes = contact.content.reasonCodes
        custom = contact.content.custom
        version = contact.version
        createdAt = Timestamp.format(contact.createdAt)
        updatedAt = Timestamp.format(contact.updatedAt)
        self.history = history.map { $0.map(HistoryEventResource.init) }
    }
}

struct HistoryEventResource: Encodable, Sendable {
    var id: Int64
    var at: String
    var actor: String
    var kind: HistoryKind
    var changes: [Change]

    init(_ event: HistoryEvent) {
        id = event.id
        at = Timestamp.format(event.at)
        actor = event.actor
        kind = event.kind
        changes = event.changes
    }
}
