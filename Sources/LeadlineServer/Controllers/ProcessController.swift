import Foundation
import Hummingbird
import LeadlineCore
import LeadlineStore

/// `/api/v1/processes`: background imports and exports, their progress and files, and cancelling them.
struct ProcessController {
    let store: Store

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.get(":id", use: find)
        group.post(":id/cancel", use: cancel)
        group.get(":id/file", use: file)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        var listID: Int64?
        if let text = request.uri.queryParameters["list"] {
            guard let id = Int64(text) else { throw Problem.invalid([FieldIssue(field: "list", reason: "must be a list id")]) }
            guard try await store.lists.find(id: id, tenantID: principal.tenantID) != nil else {
                throw DomainError.notFound("list \(id) does not exist")
            }
            listID = id
        }
        if let key = request.queryValues.keys.first(where: { !["list", "limit", "cursor"].contains($0) }) {
            throw Problem.invalid([FieldIssue(field: String(key.prefix(64)), reason: "is not a parameter of this listing (list, limit, cursor)")])
        }
        let page = try await store.processes.list(tenantID: principal.tenantID, listID: listID, page: try request.pageRequest())
        return try JSONResponse.make(PageResource(page) { ProcessResource($0) })
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let id = try context.parameters.id("id", of: "process")
        guard let process = try await store.processes.find(id: id, tenantID: principal.tenantID) else {
            throw DomainError.notFound("process \(id) does not exist")
        }
        return try JSONResponse.make(ProcessResource(process, queuePlace: try await store.processes.queuePlace(of: process)))
    }

    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let id = try context.parameters.id("id", of: "process")
        let process = try await store.processes.cancel(id: id, tenantID: principal.tenantID)
        return try JSONResponse.make(ProcessResource(process), status: .accepted)
    }

    /// The rejected rows of an import, or the file of an export, streamed from disk without blocking.
    @Sendable func file(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let id = try context.parameters.id("id", of: "process")
        return try await ProcessFileDownload.response(processID: id, tenantID: principal.tenantID, store: store, context: context)
    }
}
