import LeadlineCore

/// The report of deleted contacts, newest first, scoped to the tenant.
public protocol DeletedContactRepository: Sendable {
    func list(tenantID: Int64, listID: Int64?, processID: Int64?, page: PageRequest) async throws -> Page<DeletedContact>
}
