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
    /// The owner's offers; empty to the tenants the list is shared with, who see only their own `access`.
    var sharedWith: [ShareResource]
    /// `owner`, or the access the viewing tenant was granted.
    var access: String
    var keepInvalidNumbers: Bool
    var locale: String?
    var dateOrder: DateOrder?
    var schema: [FieldResource]
    var version: Int
    var createdAt: String
    var updatedAt: String

    struct ShareResource: Encodable, Sendable {
        var tenantId: Int64
        var access: ListAccess
        var accepted: Bool
    }

    init(_ list: ContactList, viewer tenantID: Int64) {
        id = list.id
        tenantId = list.tenantID
        name = list.settings.name
        description = list.settings.description
        owner = list.settings.owner
        timeZone = list.settings.timeZone
        defaultRegion = list.settings.defaultRegion
        enabled = list.settings.enabled
        dedupKey = list.settings.dedupKey
        let standing = list.standing(of: tenantID)
        if standing == .owner {
            sharedWith = list.shares.map { ShareResource(tenantId: $0.tenantID, access: $0.grant.access, accepted: $0.acceptedAt != nil) }
            access = "owner"
        } else {
            sharedWith = []
            if case .shared(let granted) = standing { access = granted.rawValue } else { access = ListAccess.read.rawValue }
        }
        keepInvalidNumbers = list.settings.keepInvalidNumbers
        locale = list.settings.locale
        dateOrder = list.settings.dateOrder
        schema = list.schema.map(FieldResource.init)
        version = list.version
        createdAt = Timestamp.format(list.createdAt)
        updatedAt = Timestamp.format(list.updatedAt)
    }
}
