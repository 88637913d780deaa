import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/gateways`: the SMS and email gateways campaigns send through. Administrators
/// manage them; supervisors see them, without secrets, to pick one for a campaign.
struct GatewayController {
    let store: Store
    let body: JSONBody
    let links: WebhookLinks

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: find)
        group.put(":id", use: replace)
        group.delete(":id", use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let page = try await store.gateways.list(tenantID: principal.tenantID, page: try request.pageRequest())
        return try JSONResponse.make(PageResource(page) { GatewayResource($0, links: links) })
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageGateways)
        let input = try await body.decode(GatewayInput.self, from: request)
        let gateway = try await GatewaySetup.create(input, tenantID: principal.tenantID, store: store)
        return try JSONResponse.make(GatewayResource(gateway, links: links, created: true), status: .created, version: gateway.version)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let gateway = try await existing(context, principal)
        return try JSONResponse.make(GatewayResource(gateway, links: links), version: gateway.version)
    }

    /// Replaces name and settings; a secret left out stays as it is.
    @Sendable func replace(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageGateways)
        let current = try await existing(context, principal)
        let input = try await body.decode(GatewayInput.self, from: request)
        let gateway = try await GatewaySetup.update(
            id: current.id, expectedVersion: try request.expectedVersion(), input, tenantID: principal.tenantID, store: store)
        return try JSONResponse.make(GatewayResource(gateway, links: links), version: gateway.version)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageGateways)
        try await store.gateways.delete(id: try context.parameters.id("id", of: "gateway"), tenantID: principal.tenantID)
        return JSONResponse.noContent()
    }

    private func existing(_ context: AppRequestContext, _ principal: Principal) async throws -> Gateway {
        let id = try context.parameters.id("id", of: "gateway")
        guard let gateway = try await store.gateways.find(id: id, tenantID: principal.tenantID) else { throw DomainError.notFound("gateway \(id) does not exist") }
        return gateway
    }
}
