import Hummingbird
import LeadlineCore
import LeadlineStore

/// `/api/v1/tenants`: organizations, managed by system administrators.
struct TenantController {
    let store: Store
    let body: JSONBody

    struct TenantInput: ClosedInput {
        var name: String
        /// Absent for `Tenant.newTenantRegion`; empty for none.
        var defaultRegion: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case name, defaultRegion }
    }

    struct TenantChange: ClosedInput {
        var name: String?
        var defaultRegion: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case name, defaultRegion }
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: find)
        group.patch(":id", use: update)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.principal().requireSystemAdministrator()
        return try JSONResponse.make(["items": try await store.tenants.all().map(TenantResource.init)])
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.principal().requireSystemAdministrator()
        let input = try await body.decode(TenantInput.self, from: request)
        let tenant = try await store.tenants.create(name: input.name, defaultRegion: input.defaultRegion ?? Tenant.newTenantRegion)
        return try JSONResponse.make(TenantResource(tenant), status: .created)
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.principal().requireSystemAdministrator()
        let id = try context.parameters.id("id", of: "tenant")
        let change = try await body.decode(TenantChange.self, from: request)
        return try JSONResponse.make(TenantResource(try await store.tenants.update(id: id, name: change.name, defaultRegion: change.defaultRegion)))
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.principal().requireSystemAdministrator()
        let id = try context.parameters.id("id", of: "tenant")
        guard let tenant = try await store.tenants.find(id: id) else { throw DomainError.notFound("tenant \(id) does not exist") }
        return try JSONResponse.make(TenantResource(tenant))
    }
}
