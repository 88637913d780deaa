import LeadlineCore

struct ShareOfferResource: Encodable, Sendable {
    var listId: Int64
    var listName: String
    var ownerTenantId: Int64
    var access: ListAccess
    /// `offered` until this tenant's administrator accepts it, then `accepted`.
    var state: String
    var offeredAt: String
    var acceptedAt: String?

    init(_ offer: ShareOffer) {
        listId = offer.listID
        listName = offer.listName
        ownerTenantId = offer.ownerTenantID
        access = offer.access
        state = offer.acceptedAt == nil ? "offered" : "accepted"
        offeredAt = Timestamp.format(offer.offeredAt)
        acceptedAt = offer.acceptedAt.map(Timestamp.format)
    }
}
