import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/lists`: contact lists, their settings and their own schema.
struct ListController {
    let store: Store
    let body: JSONBody

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: find)
        group.patch(":id", use: update)
        group.delete(":id", use: delete)
        group.post(":id/fields", use: addField)
        group.post(":id/empty", use: empty)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readLists)
        let page = try await store.lists.list(tenantID: principal.tenantID, page: try request.pageRequest())
        return try JSONResponse.make(PageResource(page, { ListResource($0, viewer: principal.tenantID) }))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        let input = try await body.decode(ListInput.self, from: request)
        let list = try await ContactLists.create(input, by: principal, store: store)
        return try JSONResponse.make(ListResource(list, viewer: principal.tenantID), status: .created, version: list.version)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readLists)
        let list = try await existing(context, principal)
        return try JSONResponse.make(ListResource(list, viewer: principal.tenantID), version: list.version)
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        let id = try context.parameters.id("id", of: "list")
        let input = try await body.decode(ListInput.self, from: request)
        let list = try await store.lists.update(id: id, tenantID: principal.tenantID, expectedVersion: try request.expectedVersion()) {
            try ListRules.apply(input, to: $0.settings, schema: $0.schema, ownTenant: principal.tenantID)
        }
        return try JSONResponse.make(ListResource(list, viewer: principal.tenantID), version: list.version)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        let id = try context.parameters.id("id", of: "list")
        try await ContactLists.delete(id: id, expectedVersion: try request.expectedVersion(), by: principal, store: store)
        return JSONResponse.noContent()
    }

    @Sendable func addField(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        let id = try context.parameters.id("id", of: "list")
        let definition = try await body.decode(FieldInput.self, from: request).definition()
        let list = try await store.lists.addField(
            definition, listID: id, tenantID: principal.tenantID, expectedVersion: try request.expectedVersion())
        return try JSONResponse.make(ListResource(list, viewer: principal.tenantID), status: .created, version: list.version)
    }

    @Sendable func empty(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        let id = try context.parameters.id("id", of: "list")
        let removed = try await store.lists.empty(id: id, tenantID: principal.tenantID)
        return try JSONResponse.make(["removed": removed])
    }

    private func existing(_ context: AppRequestContext, _ principal: Principal) async throws -> ContactList {
        let id = try context.parameters.id("id", of: "list")
        guard let list = try await store.lists.find(id: id, tenantID: principal.tenantID) else {
            throw DomainError.notFound("list \(id) does not exist")
        }
        return list
    }
}
