import Foundation
import LeadlineCore
import LeadlineStore

/// Gateways as supervisors' administrators make them.
public enum GatewaySetup {
    public static func create(_ input: GatewayInput, tenantID: Int64, store: Store) async throws -> Gateway {
        try check(input)
        return try await store.gateways.create(input, tenantID: tenantID)
    }

    public static func update(id: Int64, expectedVersion: Int?, _ input: GatewayInput, tenantID: Int64, store: Store) async throws -> Gateway {
        try check(input)
        return try await store.gateways.update(id: id, tenantID: tenantID, expectedVersion: expectedVersion, input)
    }

    private static func check(_ input: GatewayInput) throws {
        try input.validate()
        if input.kind == .kannel, input.settings.username == nil {
            throw ValidationFailure(field: "settings.username", reason: "Kannel's sendsms needs the user of its sendsms-user group")
        }
    }
}
