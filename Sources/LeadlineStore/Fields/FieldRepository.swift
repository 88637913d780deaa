import LeadlineCore

/// A tenant's catalog of custom fields.
public protocol FieldRepository: Sendable {
    func list(tenantID: Int64) async throws -> [CatalogField]
    func find(id: Int64, tenantID: Int64) async throws -> CatalogField?
    /// Adds a field; a name already in the catalog is a conflict.
    func create(_ definition: FieldDefinition, tenantID: Int64) async throws -> CatalogField
    /// Changes a field inside one transaction; `expectedVersion` guards against lost updates.
    func update(
        id: Int64, tenantID: Int64, expectedVersion: Int?,
        _ change: @Sendable (FieldDefinition) throws -> FieldDefinition
    ) async throws -> CatalogField
    /// Removes a field from the catalog; lists that copied it keep their copy.
    func delete(id: Int64, tenantID: Int64, expectedVersion: Int?) async throws
}
