import Foundation
import LeadlineCore

/// A tenant's SMS and email gateways, with the secrets only the senders read.
public protocol GatewayRepository: Sendable {
    /// A new gateway with a fresh webhook secret.
    func create(_ input: GatewayInput, tenantID: Int64) async throws -> Gateway
    func find(id: Int64, tenantID: Int64) async throws -> Gateway?
    /// A gateway by id alone: what an inbound webhook knows before its signature is checked.
    func find(id: Int64) async throws -> Gateway?
    func list(tenantID: Int64, page: PageRequest) async throws -> Page<Gateway>
    /// Secrets the input leaves out stay as they are.
    func update(id: Int64, tenantID: Int64, expectedVersion: Int?, _ input: GatewayInput) async throws -> Gateway
    /// Refused while a campaign sends with it.
    func delete(id: Int64, tenantID: Int64) async throws
    /// Records a webhook's signature; false when it was taken before (a replay).
    func receive(signature: String, gatewayID: Int64, at: Date) async throws -> Bool
}
