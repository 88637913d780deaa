import Foundation
import LeadlineCore
import LeadlineStore

/// Seed 003's callback manager: callbacks made by a person or an application, found, moved,
/// reassigned and closed. Each write is one transaction in the store, with what it changes in
/// the campaign's running job; the checks a caller can fail come first, before anything changes.
public enum CallbackManager {
    /// A callback made through the API or by a user.
    public static func schedule(
        campaignID: Int64, contactID: Int64, dueAt: Date, options: CallbackOptions, tenantID: Int64, actor: String, store: Store, now: Date
    ) async throws -> Callback {
        let new = try await prepare(
            campaignID: campaignID, contactID: contactID, dueAt: dueAt, options: options, defaultType: .scheduledByUser, handlingAgent: nil,
            madeByAttempt: nil, tenantID: tenantID, actor: actor, store: store, now: now)
        return try await store.callbacks.create(new, tenantID: tenantID)
    }

    /// The callback a request describes, checked; what a result's callback goes through too.
    static func prepare(
        campaignID: Int64, contactID: Int64, dueAt: Date, options: CallbackOptions, defaultType: CallbackType, handlingAgent: String?,
        madeByAttempt: Int64?, tenantID: Int64, actor: String, store: Store, now: Date, dueField: String = "dueAt"
    ) async throws -> NewCallback {
        var issues = IssueCollector()
        options.check(dueAt: dueAt, dueField: dueField, now: now, handlingAgent: handlingAgent, issues: &issues)
        try issues.check()
        let target = options.target(handlingAgent: handlingAgent)
        if let agent = options.agent, agent != handlingAgent, try await !store.callbacks.agentKnown(agent, tenantID: tenantID) {
            throw ValidationFailure(field: "agent", reason: "no agent '\(agent.prefix(100))' has taken work of this tenant")
        }
        return NewCallback(
            campaignID: campaignID, contactID: contactID, address: options.address, dueAt: max(dueAt, now), windowEndAt: options.windowEndAt,
            type: options.type ?? defaultType, preference: options.preference ?? .anyone, targetAgent: target, lastAgent: handlingAgent,
            comment: options.comment, createdBy: actor, madeByAttempt: madeByAttempt)
    }

    public static func search(_ search: CallbackSearch, tenantID: Int64, page: PageRequest, store: Store) async throws -> Page<Callback> {
        if let name = search.contactName, name.count > 200 { throw ValidationFailure(field: "contactName", reason: "must be at most 200 characters") }
        if let from = search.dueFrom, let to = search.dueTo, to <= from { throw ValidationFailure(field: "dueTo", reason: "must be after dueFrom") }
        return try await store.callbacks.search(search, tenantID: tenantID, page: page)
    }

    /// A new time, also now; the window moves with it unless given.
    public static func move(id: Int64, to dueAt: Date, windowEndAt: Date?, tenantID: Int64, actor: String, store: Store, now: Date) async throws -> Callback {
        var issues = IssueCollector()
        CallbackOptions(windowEndAt: windowEndAt).check(dueAt: dueAt, dueField: "dueAt", now: now, handlingAgent: nil, issues: &issues)
        try issues.check()
        return try await store.callbacks.move(id: id, to: max(dueAt, now), windowEndAt: windowEndAt, actor: actor, tenantID: tenantID)
    }

    /// Seed 003's "assign to agent", for one callback or a selection.
    public static func reassign(ids: [Int64], to agent: String, tenantID: Int64, store: Store) async throws -> [Callback] {
        try checkSelection(ids)
        guard !agent.isEmpty, agent.count <= 100, !agent.containsControlCharacter else {
            throw ValidationFailure(field: "agent", reason: "must be 1 to 100 characters on one line")
        }
        guard try await store.callbacks.agentKnown(agent, tenantID: tenantID) else {
            throw ValidationFailure(field: "agent", reason: "no agent '\(agent)' has taken work of this tenant")
        }
        return try await store.callbacks.reassign(ids: ids, to: agent, tenantID: tenantID)
    }

    public static func close(ids: [Int64], tenantID: Int64, actor: String, store: Store) async throws -> [Callback] {
        try checkSelection(ids)
        return try await store.callbacks.close(ids: ids, reason: "closed by \(actor)", tenantID: tenantID)
    }

    /// Seed 003's "close callback sessions": every open callback of the campaign.
    public static func closeAll(campaignID: Int64, tenantID: Int64, actor: String, store: Store) async throws -> Int {
        try await store.callbacks.closeAll(campaignID: campaignID, reason: "callback sessions closed by \(actor)", tenantID: tenantID)
    }

    public static let maximumSelection = 1000

    private static func checkSelection(_ ids: [Int64]) throws {
        guard !ids.isEmpty, ids.count <= maximumSelection else {
            throw ValidationFailure(field: "ids", reason: "must name 1 to \(maximumSelection) callbacks")
        }
        guard Set(ids).count == ids.count else { throw ValidationFailure(field: "ids", reason: "names a callback twice") }
    }
}
