import LeadlineCore

struct TenantResource: Encodable, Sendable {
    var id: Int64
    var name: String
    var createdAt: String

    init(_ tenant: Tenant) {
        id = tenant.id
        name = tenant.name
        createdAt = Timestamp.format(tenant.createdAt)
    }
}
