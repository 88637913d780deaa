/// How many contacts a filter selects, and the first of them.
struct FilterPreviewResource: Encodable, Sendable {
    var count: Int
    /// The filter as read, in the text form.
    var text: String
    var contacts: [ContactResource]
}
