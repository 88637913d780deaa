import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/filters`: a tenant's saved filters by name, and the preview of any filter on lists.
struct FilterController {
    let store: Store
    let body: JSONBody

    struct FilterInput: ClosedInput {
        var filter: JSONValue
        enum CodingKeys: String, CodingKey, CaseIterable { case filter }
    }

    struct PreviewInput: ClosedInput {
        var lists: [Int64]
        /// The JSON or the text form; or `template`, a saved filter's name.
        var filter: JSONValue?
        var template: String?
        var limit: Int?
        enum CodingKeys: String, CodingKey, CaseIterable { case lists, filter, template, limit }
    }

    /// The most contacts a preview shows.
    static let maximumPreviewRows = 100

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post("preview", use: preview)
        group.get(":name", use: find)
        group.put(":name", use: save)
        group.delete(":name", use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let templates = try await store.filterTemplates.list(tenantID: principal.tenantID)
        return try JSONResponse.make(["items": templates.map(FilterTemplateResource.init)])
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let name = context.parameters.get("name") ?? ""
        guard let template = try await store.filterTemplates.find(name: name, tenantID: principal.tenantID) else {
            throw DomainError.notFound("filter template '\(name.prefix(100))' does not exist")
        }
        return try JSONResponse.make(FilterTemplateResource(template))
    }

    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let input = try await body.decode(FilterInput.self, from: request)
        let template = try await store.filterTemplates.save(
            FilterTemplate.Input(name: context.parameters.get("name") ?? "", filter: input.filter), tenantID: principal.tenantID)
        return try JSONResponse.make(FilterTemplateResource(template))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        try await store.filterTemplates.delete(name: context.parameters.get("name") ?? "", tenantID: principal.tenantID)
        return JSONResponse.noContent()
    }

    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let input = try await body.decode(PreviewInput.self, from: request)
        let limit = input.limit ?? 20
        guard (0...Self.maximumPreviewRows).contains(limit) else {
            throw ValidationFailure(field: "limit", reason: "must be from 0 to \(Self.maximumPreviewRows)")
        }
        let selection = try await ContactSelection.resolve(
            lists: input.lists, filter: input.filter, template: input.template, tenantID: principal.tenantID, store: store, now: Date())
        let count = try await store.contacts.count(listIDs: selection.lists.map(\.id), filter: selection.filter, tenantID: principal.tenantID)
        let contacts = try await selection.first(limit, tenantID: principal.tenantID, store: store)
            .map { contact, list in ContactResource(contact, listZone: list.settings.timeZone) }
        return try JSONResponse.make(FilterPreviewResource(count: count, text: FilterText.format(selection.written), contacts: contacts))
    }
}
