import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/data-sources`: saved imports from server folders or an external database, on a schedule.
struct DataSourceController {
    let store: Store
    let body: JSONBody
    let runner: ProcessRunner
    let roots: [String]

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: find)
        group.delete(":id", use: delete)
        group.post(":id/run", use: run)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageDataSources)
        return try JSONResponse.make(["items": try await store.dataSources.list(tenantID: principal.tenantID).map(DataSourceResource.init)])
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageDataSources)
        let input = try await body.decode(DataSourceInput.self, from: request)
        let writes = input.processSettings.kind.writesContacts
        let list = try await writes
            ? store.lists.writable(id: input.listId, tenantID: principal.tenantID)
            : store.lists.find(id: input.listId, tenantID: principal.tenantID)
        guard let list else { throw DomainError.notFound("list \(input.listId) does not exist") }
        let next = try input.check(roots: roots, now: Date())
        if case .import(let settings) = input.processSettings {
            try await ImportRequest.check(settings, into: list, tenantID: principal.tenantID, store: store)
        }
        let source = try await store.dataSources.create(input, tenantID: principal.tenantID, nextRunAt: next)
        return try JSONResponse.make(DataSourceResource(source), status: .created)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageDataSources)
        return try JSONResponse.make(DataSourceResource(try await existing(context, principal)))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageDataSources)
        try await store.dataSources.delete(id: try context.parameters.id("id", of: "data source"), tenantID: principal.tenantID)
        return JSONResponse.noContent()
    }

    /// Runs the source now, outside its schedule: its processes, pending.
    @Sendable func run(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageDataSources)
        let source = try await existing(context, principal)
        let processes = try await runner.sources.start(source, at: Date())
        runner.wake()
        return try JSONResponse.make(["items": processes.map { ProcessResource($0) }], status: .accepted)
    }

    private func existing(_ context: AppRequestContext, _ principal: Principal) async throws -> DataSource {
        let id = try context.parameters.id("id", of: "data source")
        guard let source = try await store.dataSources.find(id: id, tenantID: principal.tenantID) else {
            throw DomainError.notFound("data source \(id) does not exist")
        }
        return source
    }
}
