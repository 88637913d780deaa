/// What a job runs with, fixed when it starts: a campaign or strategy edited meanwhile changes
/// the next job, not this one.
public struct JobPlan: Sendable, Equatable, Codable {
    public var campaignName: String
    public var channel: Channel
    public var strategyID: Int64
    public var settings: StrategySettings
    /// The tenant's own codes the campaign allows.
    public var allowedCodes: [String]
    public var finish: FinishCriteria

    public init(campaignName: String, channel: Channel, strategyID: Int64, settings: StrategySettings, allowedCodes: [String], finish: FinishCriteria) {
        self.campaignName = campaignName
        self.channel = channel
        self.strategyID = strategyID
        self.settings = settings
        self.allowedCodes = allowedCodes
        self.finish = finish
    }
}
