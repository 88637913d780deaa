import LeadlineCore

/// A field definition as the API shows it, in the catalog or in a list's schema.
struct FieldResource: Encodable, Sendable {
    var id: Int64?
    var name: String
    var displayName: String
    var type: FieldType
    var size: Int?
    var validValues: [String]
    var required: Bool
    var unique: Bool
    var multiLine: Bool
    var version: Int?
    var createdAt: String?
    var updatedAt: String?

    init(_ definition: FieldDefinition) {
        name = definition.name
        displayName = definition.displayName
        type = definition.type
        size = definition.size
        validValues = definition.validValues
        required = definition.required
        unique = definition.unique
        multiLine = definition.multiLine
    }

    init(_ field: CatalogField) {
        self.init(field.definition)
        id = field.id
        version = field.version
        createdAt = Timestamp.format(field.createdAt)
        updatedAt = Timestamp.format(field.updatedAt)
    }
}
