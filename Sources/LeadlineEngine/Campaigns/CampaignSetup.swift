import Foundation
import LeadlineCore
import LeadlineStore

/// The use cases of a tenant's campaign setup: completion codes, strategies, state rules and
/// campaigns, each checked whole before anything is written.
public enum CampaignSetup {
    public static func createCode(_ input: CompletionCodeInput, tenantID: Int64, store: Store) async throws -> CompletionCode {
        try await store.completionCodes.create(try input.validated(), tenantID: tenantID)
    }

    public static func createStrategy(name: String, channel: Channel, settings: StrategySettings, tenantID: Int64, store: Store) async throws -> Strategy {
        try await checkStrategy(name: name, channel: channel, settings: settings, tenantID: tenantID, store: store)
        return try await store.strategies.create(name: name.trimmingWhitespace, channel: channel, settings: settings, tenantID: tenantID)
    }

    public static func updateStrategy(
        id: Int64, expectedVersion: Int?, name: String, settings: StrategySettings, tenantID: Int64, store: Store
    ) async throws -> Strategy {
        guard let current = try await store.strategies.find(id: id, tenantID: tenantID) else { throw DomainError.notFound("strategy \(id) does not exist") }
        try await checkStrategy(name: name, channel: current.channel, settings: settings, tenantID: tenantID, store: store)
        let campaigns = try await store.campaigns.list(tenantID: tenantID, page: PageRequest(limit: 1000)).items.filter { $0.definition.strategyID == id }
        if let template = settings.template {
            for campaign in campaigns { try await checkTemplate(template, lists: campaign.definition.listIDs, field: "settings.template", tenantID: tenantID, store: store) }
        }
        return try await store.strategies.update(id: id, tenantID: tenantID, expectedVersion: expectedVersion, name: name.trimmingWhitespace, settings: settings)
    }

    private static func checkStrategy(name: String, channel: Channel, settings: StrategySettings, tenantID: Int64, store: Store) async throws {
        var issues = IssueCollector()
        issues.checkLabel(name, field: "name")
        try issues.check()
        let codes = Set(try await store.completionCodes.all(tenantID: tenantID).map(\.name))
        try settings.validate(channel: channel, codes: codes)
    }

    public static func replaceRules(_ rules: [CallingRule], tenantID: Int64, store: Store) async throws -> [CallingRule] {
        try CallingRule.validate(rules)
        try await store.callingRules.replace(rules, tenantID: tenantID)
        return rules
    }

    public static func createCampaign(_ definition: CampaignDefinition, tenantID: Int64, store: Store, now: Date) async throws -> Campaign {
        let next = try await check(definition, tenantID: tenantID, store: store, now: now)
        return try await store.campaigns.create(normalized(definition), nextRunAt: next, tenantID: tenantID)
    }

    public static func updateCampaign(
        id: Int64, expectedVersion: Int?, _ definition: CampaignDefinition, tenantID: Int64, store: Store, now: Date
    ) async throws -> Campaign {
        guard try await store.campaigns.find(id: id, tenantID: tenantID) != nil else { throw DomainError.notFound("campaign \(id) does not exist") }
        let next = try await check(definition, tenantID: tenantID, store: store, now: now)
        return try await store.campaigns.update(id: id, tenantID: tenantID, expectedVersion: expectedVersion, normalized(definition), nextRunAt: next)
    }

    /// Adds lists to a campaign, each checked as the campaign's own lists are.
    public static func assign(lists: [Int64], campaignID: Int64, tenantID: Int64, store: Store, now: Date) async throws -> Campaign {
        guard let campaign = try await store.campaigns.find(id: campaignID, tenantID: tenantID) else {
            throw DomainError.notFound("campaign \(campaignID) does not exist")
        }
        var definition = campaign.definition
        definition.listIDs = Array(Set(definition.listIDs + lists)).sorted()
        _ = try await check(definition, tenantID: tenantID, store: store, now: now)
        return try await store.campaigns.assign(lists: lists, campaignID: campaignID, tenantID: tenantID)
    }

    /// Takes a list off a campaign; its contacts' state in the active job ends there, and the
    /// answer says how much. A list the campaign does not work is a 404.
    public static func unassign(list: Int64, campaignID: Int64, tenantID: Int64, store: Store) async throws -> (Campaign, UnassignReport) {
        guard let campaign = try await store.campaigns.find(id: campaignID, tenantID: tenantID) else {
            throw DomainError.notFound("campaign \(campaignID) does not exist")
        }
        guard campaign.definition.listIDs.contains(list) else { throw DomainError.notFound("list \(list) is not assigned to campaign \(campaignID)") }
        return try await store.campaigns.unassign(lists: [list], campaignID: campaignID, tenantID: tenantID)
    }

    private static func normalized(_ definition: CampaignDefinition) -> CampaignDefinition {
        var result = definition
        result.name = definition.name.trimmingWhitespace
        result.listIDs = Array(Set(definition.listIDs)).sorted()
        return result
    }

    /// Every reason the definition is not a campaign the tenant can run, naming the field; the
    /// next scheduled run when it has a schedule.
    static func check(_ definition: CampaignDefinition, tenantID: Int64, store: Store, now: Date) async throws -> Date? {
        var issues = IssueCollector()
        issues.checkLabel(definition.name, field: "name")
        if definition.listIDs.isEmpty || definition.listIDs.count > CampaignDefinition.maximumLists {
            issues.add("lists", "must name 1 to \(CampaignDefinition.maximumLists) lists")
        }
        var lists: [ContactList] = []
        for (index, id) in definition.listIDs.enumerated() {
            if let list = try await store.lists.find(id: id, tenantID: tenantID) { lists.append(list) } else {
                issues.add("lists[\(index)]", "list \(id) does not exist")
            }
        }
        let strategy = try await store.strategies.find(id: definition.strategyID, tenantID: tenantID)
        if strategy == nil { issues.add("strategyId", "strategy \(definition.strategyID) does not exist") }
        if let strategy, strategy.channel != definition.channel {
            issues.add("channel", "strategy '\(strategy.name)' is for \(strategy.channel.rawValue), not \(definition.channel.rawValue)")
        }
        let codes = try await store.completionCodes.all(tenantID: tenantID)
        if definition.allowedCodes.count > 200 { issues.add("allowedCodes", "at most 200 codes") }
        for (index, name) in definition.allowedCodes.enumerated() {
            if CompletionCode.system(named: name) != nil {
                issues.add("allowedCodes[\(index)]", "'\(name)' is a system code; system codes are always allowed")
            } else if !codes.contains(where: { $0.name == name }) {
                issues.add("allowedCodes[\(index)]", "'\(name.prefix(60))' is not a completion code of the tenant")
            }
        }
        definition.finish.check(codes: Set(codes.map(\.name)), issues: &issues)
        definition.callbacks.check(field: "callbacks", issues: &issues)
        if let gatewayID = definition.gatewayID {
            if let gateway = try await store.gateways.find(id: gatewayID, tenantID: tenantID) {
                if gateway.kind.channel != definition.channel {
                    issues.add("gatewayId", "gateway '\(gateway.name)' sends \(gateway.kind.channel.rawValue), not \(definition.channel.rawValue)")
                }
            } else {
                issues.add("gatewayId", "gateway \(gatewayID) does not exist")
            }
        }
        var next: Date?
        if let schedule = definition.schedule {
            do {
                next = try schedule.schedule().next(after: now)
            } catch {
                issues = issues.merging(error)
            }
        }
        if let written = try await written(definition.filter, tenantID: tenantID, store: store, issues: &issues) {
            for list in lists {
                do {
                    _ = try FilterCheck.check(written, fields: list.schema, defaultRegion: list.settings.defaultRegion, now: now)
                } catch {
                    for issue in error.issues { issues.add(issue.field, "in list '\(list.settings.name)': \(issue.reason)") }
                }
            }
        }
        if case .field(let name, _) = definition.ordering {
            for list in lists {
                guard let subject = FilterSubject.named(name, in: list.schema) else {
                    issues.add("ordering.field", "'\(name.prefix(60))' is no field of list '\(list.settings.name)'")
                    continue
                }
                if subject.isMultiValued { issues.add("ordering.field", "'\(name)' holds several values; order by a field with one") }
            }
        }
        try issues.check()
        if let template = strategy?.settings.template {
            try await checkTemplate(template, lists: definition.listIDs, field: "strategyId", tenantID: tenantID, store: store)
        }
        return next
    }

    /// The campaign's filter as written now: its own, a saved template's, or none.
    static func written(_ filter: CampaignFilter, tenantID: Int64, store: Store, issues: inout IssueCollector) async throws -> Filter? {
        switch filter {
        case .everyone: return .everything
        case .inline(let filter): return filter
        case .template(let name):
            guard let saved = try await store.filterTemplates.find(name: name, tenantID: tenantID) else {
                issues.add("filter.template", "no filter template is named '\(name.prefix(100))'")
                return nil
            }
            return saved.filter
        }
    }

    /// Refuses a placeholder some list cannot fill.
    static func checkTemplate(_ text: String, lists: [Int64], field: String, tenantID: Int64, store: Store) async throws {
        guard case .success(let template) = MessageTemplate.parse(text) else { return }
        var issues = IssueCollector()
        for id in lists {
            guard let list = try await store.lists.find(id: id, tenantID: tenantID) else { continue }
            for name in template.unknownPlaceholders(fields: list.schema) {
                issues.add(field, "the message template's {{\(name)}} is no field of list '\(list.settings.name)'")
            }
        }
        try issues.check()
    }
}
