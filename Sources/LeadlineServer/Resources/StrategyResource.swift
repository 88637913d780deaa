import LeadlineCore

struct StrategyResource: Encodable, Sendable {
    var id: Int64
    var name: String
    var channel: Channel
    var settings: StrategySettings
    var version: Int
    var createdAt: String
    var updatedAt: String

    init(_ strategy: Strategy) {
        id = strategy.id
        name = strategy.name
        channel = strategy.channel
        settings = strategy.settings
        version = strategy.version
        createdAt = Timestamp.format(strategy.createdAt)
        updatedAt = Timestamp.format(strategy.updatedAt)
    }
}
