import LeadlineCore

struct TenantResource: Encodable, Sendable {
    var id: Int64
    var name: String
    var defaultRegion: String?
    var createdAt: String

    init(_ tenant: Tenant) {
        id = tenant.id
        name = tenant.name
        defaultRegion = tenant.defaultRegion
        createdAt = Timestamp.format(tenant.createdAt)
    }
}
