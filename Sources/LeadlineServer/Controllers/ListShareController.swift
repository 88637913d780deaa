import Hummingbird
import LeadlineCore
import LeadlineStore

/// `/api/v1/list-shares`: the lists other tenants offer this one, which its administrator accepts
/// before they show among its lists, or declines.
struct ListShareController {
    let store: Store

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(":listId/accept", use: accept)
        group.delete(":listId", use: decline)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readLists)
        return try JSONResponse.make(["items": try await store.lists.offers(tenantID: principal.tenantID).map(ShareOfferResource.init)])
    }

    @Sendable func accept(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .acceptShares)
        let listID = try context.parameters.id("listId", of: "list")
        return try JSONResponse.make(ShareOfferResource(try await store.lists.accept(listID: listID, tenantID: principal.tenantID)))
    }

    @Sendable func decline(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .acceptShares)
        try await store.lists.decline(listID: try context.parameters.id("listId", of: "list"), tenantID: principal.tenantID)
        return JSONResponse.noContent()
    }
}
