import LeadlineCore
import LeadlineStore
import Logging

/// First start: a store with no tenant gets the default tenant and its first administrator token.
public enum Bootstrap {
    public struct Outcome: Sendable {
        public var tenant: Tenant
        /// The new token's secret, to print once; nil when the store was already set up.
        public var adminSecret: String?
    }

    /// Sets up an empty store; does nothing to one that has tenants.
    ///
    /// - Parameter presetSecret: the operator's chosen secret (`LEADLINE_ADMIN_TOKEN`) for the first token.
    public static func run(store: Store, presetSecret: String?) async throws -> Outcome {
        if let tenant = try await store.tenants.all().first {
            return Outcome(tenant: tenant, adminSecret: nil)
        }
        let tenant = try await store.tenants.create(name: Tenant.defaultName)
        let (_, secret) = try await store.tokens.create(
            tenantID: tenant.id, name: "first administrator", role: .admin, isSystemAdministrator: true, secret: presetSecret)
        return Outcome(tenant: tenant, adminSecret: secret)
    }
}
