import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/campaigns`: campaigns, the lists they work, starting a job, and the leases dialers take.
struct CampaignController {
    let store: Store
    let body: JSONBody
    let runner: ProcessRunner

    /// A campaign as a person writes it; `filter` in the JSON or text form, or `filterTemplate`.
    struct CampaignInput: ClosedInput {
        var name: String
        var channel: Channel?
        var strategyId: Int64
        var lists: [Int64]
        var filter: JSONValue?
        var filterTemplate: String?
        var ordering: CampaignResource.Ordering?
        var allowedCodes: [String]?
        var finish: FinishCriteria?
        var schedule: ScheduleInput?
        var callbacks: CallbackSettings?
        var gatewayId: Int64?
        var enabled: Bool?
        enum CodingKeys: String, CodingKey, CaseIterable {
            case name, channel, strategyId, lists, filter, filterTemplate, ordering, allowedCodes, finish, schedule, callbacks, gatewayId, enabled
        }

        func definition() throws -> CampaignDefinition {
            let campaignFilter: CampaignFilter
            switch (filter, filterTemplate) {
            case (.some, .some): throw ValidationFailure(field: "filterTemplate", reason: "give a filter or a filter template, not both")
            case (.some(let value), nil): campaignFilter = .inline(try FilterJSON.read(value))
            case (nil, .some(let name)): campaignFilter = .template(name)
            case (nil, nil): campaignFilter = .everyone
            }
            let order: CampaignOrdering = switch ordering {
            case nil: .priority
            case .some(let given) where given.by == "priority": .priority
            case .some(let given): .field(given.by, descending: given.descending ?? false)
            }
            return CampaignDefinition(
                name: name, channel: channel ?? .voice, strategyID: strategyId, listIDs: lists, filter: campaignFilter, ordering: order,
                allowedCodes: allowedCodes ?? [], finish: finish ?? .allProcessed, schedule: schedule,
                callbacks: callbacks ?? CallbackSettings(), gatewayID: gatewayId, enabled: enabled ?? true)
        }
    }

    struct LeaseInput: ClosedInput {
        var count: Int?
        var ttlSeconds: Int?
        var agent: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case count, ttlSeconds, agent }
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: find)
        group.put(":id", use: replace)
        group.delete(":id", use: delete)
        group.put(":id/lists/:listId", use: assign)
        group.delete(":id/lists/:listId", use: unassign)
        group.post(":id/start", use: start)
        group.post(":id/leases", use: lease)
        group.post(":id/forecast", use: forecast)
        group.post(":id/exports", use: export)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let page = try await store.campaigns.list(tenantID: principal.tenantID, page: try request.pageRequest())
        return try JSONResponse.make(PageResource(page, CampaignResource.init))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let input = try await body.decode(CampaignInput.self, from: request)
        let campaign = try await CampaignSetup.createCampaign(try input.definition(), tenantID: principal.tenantID, store: store, now: Date())
        return try JSONResponse.make(CampaignResource(campaign), status: .created, version: campaign.version)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let campaign = try await existing(context, principal)
        return try JSONResponse.make(CampaignResource(campaign), version: campaign.version)
    }

    @Sendable func replace(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let current = try await existing(context, principal)
        let input = try await body.decode(CampaignInput.self, from: request)
        let campaign = try await CampaignSetup.updateCampaign(
            id: current.id, expectedVersion: try request.expectedVersion(), try input.definition(), tenantID: principal.tenantID, store: store, now: Date())
        return try JSONResponse.make(CampaignResource(campaign), version: campaign.version)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        try await store.campaigns.delete(id: try context.parameters.id("id", of: "campaign"), tenantID: principal.tenantID)
        return JSONResponse.noContent()
    }

    @Sendable func assign(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let campaign = try await existing(context, principal)
        let list = try context.parameters.id("listId", of: "list")
        let assigned = try await CampaignSetup.assign(lists: [list], campaignID: campaign.id, tenantID: principal.tenantID, store: store, now: Date())
        return try JSONResponse.make(CampaignResource(assigned), version: assigned.version)
    }

    /// Takes a list off the campaign; the answer says what that ended in its active job.
    @Sendable func unassign(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let campaign = try await existing(context, principal)
        let (changed, report) = try await CampaignSetup.unassign(
            list: try context.parameters.id("listId", of: "list"), campaignID: campaign.id, tenantID: principal.tenantID, store: store)
        return try JSONResponse.make(UnassignResource(changed, report))
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let campaign = try await existing(context, principal)
        let job = try await JobControl.start(campaignID: campaign.id, tenantID: principal.tenantID, startedBy: principal.actor, store: store, now: Date())
        return try JSONResponse.make(JobResource(job), status: .created)
    }

    @Sendable func lease(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .dispatch)
        let id = try context.parameters.id("id", of: "campaign")
        let input = try await body.decode(LeaseInput.self, from: request)
        let leases = try await Dispatch.lease(
            campaignID: id, tenantID: principal.tenantID, count: input.count ?? 1, ttlSeconds: input.ttlSeconds ?? 300, agent: input.agent,
            actor: principal.actor, store: store)
        return try JSONResponse.make(["items": leases.map(LeaseResource.init)])
    }

    @Sendable func forecast(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let campaign = try await existing(context, principal)
        return try JSONResponse.make(ForecastResource(try await Forecast.make(campaignID: campaign.id, tenantID: principal.tenantID, store: store, now: Date())))
    }

    /// The attempted contacts of the campaign's latest job with their results, as a process.
    @Sendable func export(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let campaign = try await existing(context, principal)
        let process = try await CampaignExport.start(campaignID: campaign.id, tenantID: principal.tenantID, actor: principal.actor, store: store, now: Date())
        runner.wake()
        return try JSONResponse.make(ProcessResource(process), status: .accepted)
    }

    private func existing(_ context: AppRequestContext, _ principal: Principal) async throws -> Campaign {
        let id = try context.parameters.id("id", of: "campaign")
        guard let campaign = try await store.campaigns.find(id: id, tenantID: principal.tenantID) else { throw DomainError.notFound("campaign \(id) does not exist") }
        return campaign
    }
}
