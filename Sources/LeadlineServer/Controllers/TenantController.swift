import Hummingbird
import LeadlineCore
import LeadlineStore

/// `/api/v1/tenants`: organizations, managed by system administrators.
struct TenantController {
    let store: Store
    let body: JSONBody

    struct TenantInput: ClosedInput {
        var name: String
        enum CodingKeys: String, CodingKey, CaseIterable { case name }
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: find)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.principal().requireSystemAdministrator()
        return try JSONResponse.make(["items": try await store.tenants.all().map(TenantResource.init)])
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.principal().requireSystemAdministrator()
        let input = try await body.decode(TenantInput.self, from: request)
        return try JSONResponse.make(TenantResource(try await store.tenants.create(name: input.name)), status: .created)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.principal().requireSystemAdministrator()
        let id = try context.parameters.id("id", of: "tenant")
        guard let tenant = try await store.tenants.find(id: id) else { throw DomainError.notFound("tenant \(id) does not exist") }
        return try JSONResponse.make(TenantResource(tenant))
    }
}
