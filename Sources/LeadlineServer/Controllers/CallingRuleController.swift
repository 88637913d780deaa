import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/calling-rules`: the tenant's state and country rules, narrower hours and caps.
struct CallingRuleController {
    let store: Store
    let body: JSONBody

    struct RulesInput: ClosedInput {
        var rules: [CallingRule]
        enum CodingKeys: String, CodingKey, CaseIterable { case rules }
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: find)
        group.put(use: replace)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        return try JSONResponse.make(RulesInput(rules: try await store.callingRules.rules(tenantID: principal.tenantID)))
    }

    @Sendable func replace(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let input = try await body.decode(RulesInput.self, from: request)
        return try JSONResponse.make(RulesInput(rules: try await CampaignSetup.replaceRules(input.rules, tenantID: principal.tenantID, store: store)))
    }
}

extension CallingRuleController.RulesInput: Encodable {}
