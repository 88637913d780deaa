import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/strategies`: how campaigns work their contacts.
struct StrategyController {
    let store: Store
    let body: JSONBody

    /// `{"name": …, "channel": "voice", "settings": {…}}`; the settings' defaults follow the channel.
    struct StrategyInput: ClosedInput {
        var name: String
        var channel: Channel?
        var settings: StrategySettings?
        enum CodingKeys: String, CodingKey, CaseIterable { case name, channel, settings }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            channel = try container.decodeIfPresent(Channel.self, forKey: .channel)
            settings = try container.contains(.settings)
                ? StrategySettings.read(try container.superDecoder(forKey: .settings), channel: channel ?? .voice) : nil
        }
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: find)
        group.put(":id", use: replace)
        group.delete(":id", use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let page = try await store.strategies.list(tenantID: principal.tenantID, page: try request.pageRequest())
        return try JSONResponse.make(PageResource(page, StrategyResource.init))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let input = try await body.decode(StrategyInput.self, from: request)
        let channel = input.channel ?? .voice
        let strategy = try await CampaignSetup.createStrategy(
            name: input.name, channel: channel, settings: input.settings ?? StrategySettings(channel: channel), tenantID: principal.tenantID, store: store)
        return try JSONResponse.make(StrategyResource(strategy), status: .created, version: strategy.version)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let strategy = try await existing(context, principal)
        return try JSONResponse.make(StrategyResource(strategy), version: strategy.version)
    }

    /// Replaces name and settings; the channel stays.
    @Sendable func replace(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let current = try await existing(context, principal)
        let input = try await body.decode(StrategyInput.self, from: request)
        if let channel = input.channel, channel != current.channel {
            throw ValidationFailure(field: "channel", reason: "a strategy keeps its channel (\(current.channel.rawValue)); make a new one")
        }
        let settings = try input.settings ?? StrategySettings(channel: current.channel)
        let strategy = try await CampaignSetup.updateStrategy(
            id: current.id, expectedVersion: try request.expectedVersion(), name: input.name, settings: settings, tenantID: principal.tenantID, store: store)
        return try JSONResponse.make(StrategyResource(strategy), version: strategy.version)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        try await store.strategies.delete(id: try context.parameters.id("id", of: "strategy"), tenantID: principal.tenantID)
        return JSONResponse.noContent()
    }

    private func existing(_ context: AppRequestContext, _ principal: Principal) async throws -> Strategy {
        let id = try context.parameters.id("id", of: "strategy")
        guard let strategy = try await store.strategies.find(id: id, tenantID: principal.tenantID) else { throw DomainError.notFound("strategy \(id) does not exist") }
        return strategy
    }
}
