import LeadlineCore

/// Organizations. Only system administrators reach these through the API.
public protocol TenantRepository: Sendable {
    /// Creates a tenant; a taken name is a conflict.
    func create(name: String) async throws -> Tenant
    func all() async throws -> [Tenant]
    func find(id: Int64) async throws -> Tenant?
    func find(name: String) async throws -> Tenant?
}
