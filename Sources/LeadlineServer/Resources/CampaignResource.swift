import LeadlineCore
import LeadlineStore

struct CampaignResource: Encodable, Sendable {
    var id: Int64
    var name: String
    var channel: Channel
    var strategyId: Int64
    var lists: [Int64]
    var filter: JSONValue?
    var filterTemplate: String?
    var ordering: Ordering
    var allowedCodes: [String]
    var finish: FinishCriteria
    var schedule: ScheduleInput?
    var callbacks: CallbackSettings
    var gatewayId: Int64?
    var enabled: Bool
    var version: Int
    var createdAt: String
    var updatedAt: String

    struct Ordering: Codable, Sendable {
        /// `priority`, or a field's name.
        var by: String
        var descending: Bool?

        init(by: String, descending: Bool? = nil) {
            self.by = by
            self.descending = descending
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case by, descending }

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            by = try container.decode(String.self, forKey: .by)
            descending = try container.decodeIfPresent(Bool.self, forKey: .descending)
        }
    }

    init(_ campaign: Campaign) {
        let definition = campaign.definition
        id = campaign.id
        name = definition.name
        channel = definition.channel
        strategyId = definition.strategyID
        lists = definition.listIDs
        switch definition.filter {
        case .everyone: break
        case .inline(let written): filter = FilterJSON.write(written)
        case .template(let name): filterTemplate = name
        }
        switch definition.ordering {
        case .priority: ordering = Ordering(by: "priority")
        case .field(let name, let descending): ordering = Ordering(by: name, descending: descending)
        }
        allowedCodes = definition.allowedCodes
        finish = definition.finish
        schedule = definition.schedule
        callbacks = definition.callbacks
        gatewayId = definition.gatewayID
        enabled = definition.enabled
        version = campaign.version
        createdAt = Timestamp.format(campaign.createdAt)
        updatedAt = Timestamp.format(campaign.updatedAt)
    }
}

/// What unassigning a list ended in the campaign's running job.
struct UnassignResource: Encodable, Sendable {
    var campaign: CampaignResource
    var contacts: Int
    var leasesReleased: Int
    var retriesCleared: Int
    var callbacksCleared: Int

    init(_ campaign: Campaign, _ report: UnassignReport) {
        self.campaign = CampaignResource(campaign)
        contacts = report.contacts
        leasesReleased = report.leasesReleased
        retriesCleared = report.retriesCleared
        callbacksCleared = report.callbacksCleared
    }
}
