import LeadlineCore

/// A page of a listing as the API returns it.
struct PageResource<Item: Encodable & Sendable>: Encodable, Sendable {
    var items: [Item]
    var nextCursor: String?

    init<Source>(_ page: Page<Source>, _ transform: (Source) -> Item) {
        items = page.items.map(transform)
        nextCursor = page.nextCursor?.token
    }
}
