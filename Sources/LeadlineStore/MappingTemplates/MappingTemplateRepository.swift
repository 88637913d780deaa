import LeadlineCore

/// A tenant's saved column mappings for imports.
public protocol MappingTemplateRepository: Sendable {
    /// Saves a template under its name, replacing one of the same name.
    func save(_ input: MappingTemplate.Input, tenantID: Int64) async throws -> MappingTemplate
    func list(tenantID: Int64) async throws -> [MappingTemplate]
    func find(name: String, tenantID: Int64) async throws -> MappingTemplate?
    func delete(name: String, tenantID: Int64) async throws
}
