import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// Bulk work on a list's contacts by filter, as processes: `POST /api/v1/lists/{id}/deletions` and
/// `POST /api/v1/lists/{id}/status-changes`; and the deleted-contacts report, `GET /api/v1/deleted-contacts`.
struct BulkController {
    let store: Store
    let body: JSONBody
    let runner: ProcessRunner

    struct DeletionInput: ClosedInput {
        var filter: JSONValue?
        var template: String?
        /// A filter that selects the whole list must be confirmed.
        var confirmAll: Bool?
        var scheduledAt: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case filter, template, confirmAll, scheduledAt }
    }

    struct StatusChangeInput: ClosedInput {
        var filter: JSONValue?
        var template: String?
        var confirmAll: Bool?
        var scheduledAt: String?
        var status: ContactStatus?
        var priority: Int?
        var clearRetries: Bool?
        var activatePhones: [PhoneState]?
        enum CodingKeys: String, CodingKey, CaseIterable {
            case filter, template, confirmAll, scheduledAt, status, priority, clearRetries, activatePhones
        }
    }

    func register(lists: RouterGroup<AppRequestContext>, deleted: RouterGroup<AppRequestContext>) {
        lists.post(":id/deletions", use: delete)
        lists.post(":id/status-changes", use: changeStatus)
        deleted.get(use: report)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let listID = try context.parameters.id("id", of: "list")
        let input = try await body.decode(DeletionInput.self, from: request)
        let filter = try await selection(listID: listID, filter: input.filter, template: input.template, confirmAll: input.confirmAll, principal: principal)
        return try await start(.delete(BulkSettings(filter: filter)), listID: listID, scheduledAt: input.scheduledAt, principal: principal)
    }

    @Sendable func changeStatus(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let listID = try context.parameters.id("id", of: "list")
        let input = try await body.decode(StatusChangeInput.self, from: request)
        let change = StatusChange(
            status: input.status, priority: input.priority, clearRetries: input.clearRetries ?? false, activatePhones: input.activatePhones ?? [])
        try change.check()
        let filter = try await selection(listID: listID, filter: input.filter, template: input.template, confirmAll: input.confirmAll, principal: principal)
        return try await start(.statusChange(BulkSettings(filter: filter, change: change)), listID: listID, scheduledAt: input.scheduledAt, principal: principal)
    }

    @Sendable func report(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let query = request.queryValues
        let known: Set<String> = ["list", "process", "limit", "cursor"]
        if let unknown = query.keys.first(where: { !known.contains($0) }) {
            throw ValidationFailure(field: String(unknown.prefix(64)), reason: "is not a report parameter; use list, process, limit, cursor")
        }
        func id(_ name: String) throws -> Int64? {
            guard let text = query[name] else { return nil }
            guard let id = Int64(text), id > 0 else { throw ValidationFailure(field: name, reason: "must be an id") }
            return id
        }
        let page = try await store.deletedContacts.list(
            tenantID: principal.tenantID, listID: try id("list"), processID: try id("process"), page: try request.pageRequest())
        return try JSONResponse.make(PageResource(page, DeletedContactResource.init))
    }

    /// The filter checked against the list now, so a bad one answers 400 before any process exists.
    private func selection(listID: Int64, filter: JSONValue?, template: String?, confirmAll: Bool?, principal: Principal) async throws -> Filter {
        let selection = try await ContactSelection.resolve(
            lists: [listID], filter: filter, template: template, tenantID: principal.tenantID, store: store, now: Date())
        if selection.written.isEverything && confirmAll != true {
            throw ValidationFailure(
                field: "confirmAll", reason: "no filter narrows this to fewer than every contact of the list; send confirmAll: true to mean the whole list")
        }
        return selection.written
    }

    private func start(_ settings: ProcessSettings, listID: Int64, scheduledAt text: String?, principal: Principal) async throws -> Response {
        let scheduledAt = try ScheduledTime.read(text)
        let process = try await store.processes.create(NewProcess(
            tenantID: principal.tenantID, listID: listID, actor: principal.actor, scheduledAt: scheduledAt, fileName: nil, inputPath: nil,
            settings: settings))
        runner.wake()
        return try JSONResponse.accepted(process)
    }
}
