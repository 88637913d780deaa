import LeadlineCore

struct MappingTemplateResource: Encodable, Sendable {
    var name: String
    var mapping: [String: String]
    var createdAt: String
    var updatedAt: String

    init(_ template: MappingTemplate) {
        name = template.name
        mapping = template.mapping
        createdAt = Timestamp.format(template.createdAt)
        updatedAt = Timestamp.format(template.updatedAt)
    }
}
