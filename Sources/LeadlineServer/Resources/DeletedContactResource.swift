import LeadlineCore

/// A line of the deleted-contacts report.
struct DeletedContactResource: Encodable, Sendable {
    var id: Int64
    var listId: Int64
    var contactId: Int64
    var processId: Int64?
    var deletedBy: String
    var filter: String?
    var deletedAt: String
    var externalId: String?
    var firstName: String?
    var lastName: String?
    /// The contact as it was: its parts as the API names them.
    var contact: [String: JSONValue]

    init(_ deleted: DeletedContact) {
        id = deleted.id
        listId = deleted.listID
        contactId = deleted.contactID
        processId = deleted.processID
        deletedBy = deleted.actor
        filter = deleted.filter
        deletedAt = Timestamp.format(deleted.deletedAt)
        externalId = deleted.content.externalID
        firstName = deleted.content.firstName
        lastName = deleted.content.lastName
        contact = deleted.content.document
    }
}
