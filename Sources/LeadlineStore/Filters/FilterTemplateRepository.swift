import LeadlineCore

/// A tenant's saved filters.
public protocol FilterTemplateRepository: Sendable {
    /// Saves a template under its name, replacing one of the same name.
    func save(_ input: FilterTemplate.Input, tenantID: Int64) async throws -> FilterTemplate
    func list(tenantID: Int64) async throws -> [FilterTemplate]
    func find(name: String, tenantID: Int64) async throws -> FilterTemplate?
    func delete(name: String, tenantID: Int64) async throws
}
