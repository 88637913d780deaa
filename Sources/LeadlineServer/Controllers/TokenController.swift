import Hummingbird
import LeadlineCore
import LeadlineStore

/// `/api/v1/tokens`: an admin creates, lists and revokes its tenant's tokens; a system
/// administrator may do so for any tenant and may create further system administrators.
struct TokenController {
    let store: Store
    let body: JSONBody

    struct TokenInput: ClosedInput {
        var name: String
        var role: Role
        var tenantId: Int64?
        var systemAdministrator: Bool?
        enum CodingKeys: String, CodingKey, CaseIterable { case name, role, tenantId, systemAdministrator }
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(use: create)
        group.delete(":id", use: revoke)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageTokens)
        let tenantID = try tenant(request.uri.queryParameters["tenantId"].map(String.init), principal: principal)
        return try JSONResponse.make(["items": try await store.tokens.list(tenantID: tenantID).map { TokenResource($0) }])
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageTokens)
        let input = try await body.decode(TokenInput.self, from: request)
        let tenantID = try tenant(input.tenantId.map(String.init), principal: principal)
        let system = input.systemAdministrator ?? false
        if system { try principal.requireSystemAdministrator() }
        let (record, secret) = try await store.tokens.create(
            tenantID: tenantID, name: input.name, role: input.role, isSystemAdministrator: system, secret: nil)
        return try JSONResponse.make(TokenResource(record, secret: secret), status: .created)
    }

    @Sendable func revoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageTokens)
        let id = try context.parameters.id("id", of: "token")
        // Revoking the token a request carries would cut its holder off mid-work; another token or the CLI may.
        if principal.holder == .token(id) {
            throw DomainError.conflict(field: nil, reason: "a token cannot revoke itself; revoke it with another token or with leadline token revoke")
        }
        let record = try await store.tokens.revoke(id: id, tenantID: principal.isSystemAdministrator ? nil : principal.tenantID)
        return try JSONResponse.make(TokenResource(record))
    }

    /// The tenant a request acts on: the caller's own unless a system administrator names another.
    private func tenant(_ requested: String?, principal: Principal) throws -> Int64 {
        guard let requested else { return principal.tenantID }
        guard let id = Int64(requested), id > 0 else {
            throw Problem.invalid([FieldIssue(field: "tenantId", reason: "must be a tenant id")])
        }
        if id != principal.tenantID { try principal.requireSystemAdministrator() }
        return id
    }
}
