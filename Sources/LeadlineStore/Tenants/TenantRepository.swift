import LeadlineCore

/// Organizations. Only system administrators reach these through the API.
public protocol TenantRepository: Sendable {
    /// Creates a tenant; a taken name is a conflict.
    func create(name: String, defaultRegion: String?) async throws -> Tenant
    /// Renames a tenant or sets its default region; nil leaves a part as it is, an empty region clears it.
    func update(id: Int64, name: String?, defaultRegion: String?) async throws -> Tenant
    func all() async throws -> [Tenant]
    func find(id: Int64) async throws -> Tenant?
    func find(name: String) async throws -> Tenant?
}

extension TenantRepository {
    /// A tenant reading national numbers as a new tenant does, in `Tenant.newTenantRegion`.
    public func create(name: String) async throws -> Tenant {
        try await create(name: name, defaultRegion: Tenant.newTenantRegion)
    }
}
