import Foundation
import LeadlineCore
import LeadlineStore

/// Gateways as supervisors' administrators make them.
public enum GatewaySetup {
    public static func create(_ input: GatewayInput, tenantID: Int64, store: Store) async throws -> Gateway {
        try input.validate()
        return try await store.gateways.create(input, tenantID: tenantID)
    }

    public static func update(id: Int64, expectedVersion: Int?, _ input: GatewayInput, tenantID: Int64, store: Store) async throws -> Gateway {
        try input.validate()
        return try await store.gateways.update(id: id, tenantID: tenantID, expectedVersion: expectedVersion, input)
    }
}
