import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/completion-codes`: the system codes and the tenant's own.
struct CompletionCodeController {
    let store: Store
    let body: JSONBody

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(use: create)
        group.delete(":name", use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        return try JSONResponse.make(["items": try await store.completionCodes.all(tenantID: principal.tenantID).map(CompletionCodeResource.init)])
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let input = try await body.decode(CompletionCodeInput.self, from: request)
        return try JSONResponse.make(CompletionCodeResource(try await CampaignSetup.createCode(input, tenantID: principal.tenantID, store: store)), status: .created)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        try await store.completionCodes.delete(name: context.parameters.get("name") ?? "", tenantID: principal.tenantID)
        return JSONResponse.noContent()
    }
}
