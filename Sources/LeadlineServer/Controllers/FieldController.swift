import Hummingbird
import LeadlineCore
import LeadlineStore

/// `/api/v1/fields`: the tenant's catalog of custom contact fields.
struct FieldController {
    let store: Store
    let body: JSONBody

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: find)
        group.patch(":id", use: update)
        group.delete(":id", use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readFields)
        return try JSONResponse.make(["items": try await store.fields.list(tenantID: principal.tenantID).map(FieldResource.init)])
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageFields)
        let definition = try await body.decode(FieldInput.self, from: request).definition()
        let field = try await store.fields.create(definition, tenantID: principal.tenantID)
        return try JSONResponse.make(FieldResource(field), status: .created, version: field.version)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readFields)
        let id = try context.parameters.id("id", of: "field")
        guard let field = try await store.fields.find(id: id, tenantID: principal.tenantID) else {
            throw DomainError.notFound("field \(id) does not exist")
        }
        return try JSONResponse.make(FieldResource(field), version: field.version)
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageFields)
        let id = try context.parameters.id("id", of: "field")
        let input = try await body.decode(FieldInput.self, from: request)
        let field = try await store.fields.update(id: id, tenantID: principal.tenantID, expectedVersion: try request.expectedVersion()) {
            try input.applied(to: $0)
        }
        return try JSONResponse.make(FieldResource(field), version: field.version)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageFields)
        let id = try context.parameters.id("id", of: "field")
        try await store.fields.delete(id: id, tenantID: principal.tenantID, expectedVersion: try request.expectedVersion())
        return JSONResponse.noContent()
    }
}
