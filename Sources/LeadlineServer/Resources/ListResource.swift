import LeadlineCore

struct ListResource: Encodable, Sendable {
    var id: Int64
    var tenantId: Int64
    var name: String
    var description: String
    var owner: String
    var timeZone: String
    var defaultRegion: String?
    var enabled: Bool
    var dedupKey: DedupKey
    var sharedWith: [Int64]
    var keepInvalidNumbers: Bool
    var schema: [FieldResource]
    var version: Int
    var createdAt: String
    var updatedAt: String

    init(_ list: ContactList) {
        id = list.id
        tenantId = list.tenantID
        name = list.settings.name
        description = list.settings.description
        owner = list.settings.owner
        timeZone = list.settings.timeZone
        defaultRegion = list.settings.defaultRegion
        enabled = list.settings.enabled
        dedupKey = list.settings.dedupKey
        sharedWith = list.settings.sharedWith
        keepInvalidNumbers = list.settings.keepInvalidNumbers
        schema = list.schema.map(FieldResource.init)
        version = list.version
        createdAt = Timestamp.format(list.createdAt)
        updatedAt = Timestamp.format(list.updatedAt)
    }
}
