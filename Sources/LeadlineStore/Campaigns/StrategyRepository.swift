import LeadlineCore

/// A tenant's strategies, reusable by many campaigns.
public protocol StrategyRepository: Sendable {
    func create(name: String, channel: Channel, settings: StrategySettings, tenantID: Int64) async throws -> Strategy
    func find(id: Int64, tenantID: Int64) async throws -> Strategy?
    func list(tenantID: Int64, page: PageRequest) async throws -> Page<Strategy>
    /// Replaces name and settings over `expectedVersion` when given. A running job keeps the
    /// strategy it started with.
    func update(id: Int64, tenantID: Int64, expectedVersion: Int?, name: String, settings: StrategySettings) async throws -> Strategy
    /// Refused while a campaign uses it.
    func delete(id: Int64, tenantID: Int64) async throws
}
