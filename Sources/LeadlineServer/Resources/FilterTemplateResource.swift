import LeadlineCore

struct FilterTemplateResource: Encodable, Sendable {
    var id: Int64
    var name: String
    /// The JSON form.
    var filter: JSONValue
    /// The same filter in the text form.
    var text: String
    var createdAt: String
    var updatedAt: String

    init(_ template: FilterTemplate) {
        id = template.id
        name = template.name
        filter = FilterJSON.write(template.filter)
        text = FilterText.format(template.filter)
        createdAt = Timestamp.format(template.createdAt)
        updatedAt = Timestamp.format(template.updatedAt)
    }
}
