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
    var priority: Int
    var status: ContactStatus
    var reasonCodes: [String]
    var custom: [String: JSONValue]
    var version: Int
    var createdAt: String
    var updatedAt: String
    var history: [HistoryEventResource]?

    init(_ contact: Contact, history: [HistoryEvent]? = nil) {
        id = contact.id
        listId = contact.listID
        externalId = contact.content.externalID
        firstName = contact.content.firstName
        lastName = contact.content.lastName
        emails = contact.content.emails
        phones = contact.content.phones
        timeZone = contact.content.timeZone
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
