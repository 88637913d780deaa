import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/callbacks`: seed 003's callback manager — search, make, move, reassign, close.
struct CallbackController {
    let store: Store
    let body: JSONBody

    /// A callback as a person or an application writes it; `dueAt` may be `now`.
    struct CallbackInput: ClosedInput {
        var campaignId: Int64
        var contactId: Int64
        var dueAt: String
        var windowEnd: String?
        var type: CallbackType?
        var preference: CallbackPreference?
        var agent: String?
        var comment: String?
        var address: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case campaignId, contactId, dueAt, windowEnd, type, preference, agent, comment, address }
    }

    struct MoveInput: ClosedInput {
        var dueAt: String
        var windowEnd: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case dueAt, windowEnd }
    }

    struct ReassignInput: ClosedInput {
        var ids: [Int64]
        var agent: String
        enum CodingKeys: String, CodingKey, CaseIterable { case ids, agent }
    }

    struct SelectionInput: ClosedInput {
        var ids: [Int64]
        enum CodingKeys: String, CodingKey, CaseIterable { case ids }
    }

    func register(callbacks group: RouterGroup<AppRequestContext>, campaigns: RouterGroup<AppRequestContext>) {
        group.get(use: search)
        group.post(use: create)
        group.post("reassign", use: reassign)
        group.post("close", use: closeSelection)
        group.get(":id", use: find)
        group.post(":id/move", use: move)
        group.post(":id/close", use: close)
        campaigns.post(":id/callbacks/close", use: closeAll)
    }

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let query = try CallbackQuery(request.queryValues)
        let page = try await CallbackManager.search(query.search, tenantID: principal.tenantID, page: query.page, store: store)
        return try JSONResponse.make(PageResource(page, CallbackResource.init))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let input = try await body.decode(CallbackInput.self, from: request)
        let now = Date()
        let options = CallbackOptions(
            type: input.type, preference: input.preference, agent: input.agent, windowEndAt: try input.windowEnd.map { try Self.time($0, field: "windowEnd", now: now) },
            comment: input.comment, address: input.address)
        let callback = try await CallbackManager.schedule(
            campaignID: input.campaignId, contactID: input.contactId, dueAt: try Self.time(input.dueAt, field: "dueAt", now: now), options: options,
            tenantID: principal.tenantID, actor: principal.actor, store: store, now: now)
        return try JSONResponse.make(CallbackResource(callback), status: .created)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let id = try context.parameters.id("id", of: "callback")
        guard let callback = try await store.callbacks.find(id: id, tenantID: principal.tenantID) else { throw DomainError.notFound("callback \(id) does not exist") }
        return try JSONResponse.make(CallbackResource(callback))
    }

    @Sendable func move(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let id = try context.parameters.id("id", of: "callback")
        let input = try await body.decode(MoveInput.self, from: request)
        let now = Date()
        let callback = try await CallbackManager.move(
            id: id, to: try Self.time(input.dueAt, field: "dueAt", now: now), windowEndAt: try input.windowEnd.map { try Self.time($0, field: "windowEnd", now: now) },
            tenantID: principal.tenantID, actor: principal.actor, store: store, now: now)
        return try JSONResponse.make(CallbackResource(callback))
    }

    @Sendable func reassign(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let input = try await body.decode(ReassignInput.self, from: request)
        let changed = try await CallbackManager.reassign(ids: input.ids, to: input.agent, tenantID: principal.tenantID, store: store)
        return try JSONResponse.make(CallbacksResource(items: changed.map(CallbackResource.init)))
    }

    @Sendable func close(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let id = try context.parameters.id("id", of: "callback")
        let closed = try await CallbackManager.close(ids: [id], tenantID: principal.tenantID, actor: principal.actor, store: store)
        return try JSONResponse.make(CallbackResource(closed[0]))
    }

    @Sendable func closeSelection(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let input = try await body.decode(SelectionInput.self, from: request)
        let closed = try await CallbackManager.close(ids: input.ids, tenantID: principal.tenantID, actor: principal.actor, store: store)
        return try JSONResponse.make(CallbacksResource(items: closed.map(CallbackResource.init)))
    }

    @Sendable func closeAll(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let id = try context.parameters.id("id", of: "campaign")
        let closed = try await CallbackManager.closeAll(campaignID: id, tenantID: principal.tenantID, actor: principal.actor, store: store)
        return try JSONResponse.make(ClosedCallbacksResource(closed: closed))
    }

    /// An RFC 3339 time, or `now`.
    static func time(_ text: String, field: String, now: Date) throws -> Date {
        guard let date = Timestamp.parse(text, now: now) else { throw ValidationFailure(field: field, reason: "must be `now` or an RFC 3339 time such as 2026-12-01T15:00:00Z") }
        return date
    }
}
