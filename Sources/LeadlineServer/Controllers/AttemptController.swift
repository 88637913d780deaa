import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/attempts`: what a dialer posts back for a lease.
struct AttemptController {
    let store: Store
    let body: JSONBody

    struct ResultInput: ClosedInput {
        var completionCode: String
        var callbackAt: String?
        var callback: CallbackInput?
        var fields: [String: JSONValue]?
        var notes: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case completionCode, callbackAt, callback, fields, notes }
    }

    /// How a result's callback is to be delivered, beside its time.
    struct CallbackInput: ClosedInput {
        var type: CallbackType?
        var preference: CallbackPreference?
        var agent: String?
        var windowEnd: String?
        var comment: String?
        var address: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case type, preference, agent, windowEnd, comment, address }

        func options(now: Date) throws -> CallbackOptions {
            CallbackOptions(
                type: type, preference: preference, agent: agent,
                windowEndAt: try windowEnd.map { try CallbackController.time($0, field: "callback.windowEnd", now: now) }, comment: comment, address: address)
        }
    }

    struct ExtendInput: ClosedInput {
        var ttlSeconds: Int
        enum CodingKeys: String, CodingKey, CaseIterable { case ttlSeconds }
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(":id", use: find)
        group.post(":id/result", use: result)
        group.post(":id/extend", use: extend)
        group.post(":id/release", use: release)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .dispatch)
        let id = try context.parameters.id("id", of: "attempt")
        guard let attempt = try await store.jobs.attempt(id: id, tenantID: principal.tenantID) else { throw DomainError.notFound("attempt \(id) does not exist") }
        return try JSONResponse.make(AttemptResource(attempt))
    }

    @Sendable func result(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .dispatch)
        let id = try context.parameters.id("id", of: "attempt")
        let input = try await body.decode(ResultInput.self, from: request)
        let callbackAt = try input.callbackAt.map { text -> Date in
            guard let date = Timestamp.parse(text) else { throw ValidationFailure(field: "callbackAt", reason: "must be an RFC 3339 time such as 2026-12-01T15:00:00Z") }
            return date
        }
        let outcome = try await Dispatch.postResult(
            attemptID: id, code: input.completionCode, callbackAt: callbackAt, callback: try input.callback?.options(now: Date()), fields: input.fields,
            notes: input.notes, tenantID: principal.tenantID, actor: principal.actor, store: store)
        return try JSONResponse.make(OutcomeResource(outcome))
    }

    @Sendable func extend(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .dispatch)
        let id = try context.parameters.id("id", of: "attempt")
        let input = try await body.decode(ExtendInput.self, from: request)
        return try JSONResponse.make(AttemptResource(try await Dispatch.extend(attemptID: id, ttlSeconds: input.ttlSeconds, tenantID: principal.tenantID, store: store)))
    }

    @Sendable func release(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .dispatch)
        let id = try context.parameters.id("id", of: "attempt")
        return try JSONResponse.make(AttemptResource(try await Dispatch.release(attemptID: id, tenantID: principal.tenantID, store: store)))
    }
}
