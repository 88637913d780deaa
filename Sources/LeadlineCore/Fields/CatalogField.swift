import Foundation

/// A field of a tenant's catalog; new lists copy the catalog's definitions.
public struct CatalogField: Sendable, Equatable {
    public var id: Int64
    public var tenantID: Int64
    public var definition: FieldDefinition
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, tenantID: Int64, definition: FieldDefinition, version: Int, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.tenantID = tenantID
        self.definition = definition
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
