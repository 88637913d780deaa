import Foundation

/// A line of the deleted-contacts report: who deleted which contact, when, by which process and
/// filter, with the contact as it was.
public struct DeletedContact: Sendable, Equatable {
    public var id: Int64
    public var listID: Int64
    public var contactID: Int64
    /// The process that deleted it; nil for a single delete through the API.
    public var processID: Int64?
    public var actor: String
    /// The filter of the deleting process, in the text form.
    public var filter: String?
    public var deletedAt: Date
    public var content: ContactContent

    public init(
        id: Int64, listID: Int64, contactID: Int64, processID: Int64?, actor: String, filter: String?, deletedAt: Date, content: ContactContent
    ) {
        self.id = id
        self.listID = listID
        self.contactID = contactID
        self.processID = processID
        self.actor = actor
        self.filter = filter
        self.deletedAt = deletedAt
        self.content = content
    }
}
