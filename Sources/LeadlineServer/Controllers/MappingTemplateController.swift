import Hummingbird
import LeadlineCore
import LeadlineStore

/// `/api/v1/mapping-templates`: a tenant's saved column mappings, by name.
struct MappingTemplateController {
    let store: Store
    let body: JSONBody

    struct MappingInput: ClosedInput {
        var mapping: [String: String]
        enum CodingKeys: String, CodingKey, CaseIterable { case mapping }
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.put(":name", use: save)
        group.delete(":name", use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readLists)
        let templates = try await store.mappingTemplates.list(tenantID: principal.tenantID)
        return try JSONResponse.make(["items": templates.map(MappingTemplateResource.init)])
    }

    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        let name = context.parameters.get("name") ?? ""
        let input = try await body.decode(MappingInput.self, from: request)
        let template = try await store.mappingTemplates.save(MappingTemplate.Input(name: name, mapping: input.mapping), tenantID: principal.tenantID)
        return try JSONResponse.make(MappingTemplateResource(template))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        try await store.mappingTemplates.delete(name: context.parameters.get("name") ?? "", tenantID: principal.tenantID)
        return JSONResponse.noContent()
    }
}
