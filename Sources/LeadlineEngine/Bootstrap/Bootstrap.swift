import LeadlineCore
import LeadlineStore
import Logging

/// Every start: the store gets the default tenant when it has none, and a system administrator's
/// token when no live one exists and there is a way to hand it over — so that no start, first or
/// later, leaves everyone locked out.
public enum Bootstrap {
    public struct Outcome: Sendable {
        public var tenant: Tenant
        /// The new token's secret, to print once; nil when none was made.
        public var adminSecret: String?
        /// True when the store has no live system administrator token and none was made: the
        /// operator must give `LEADLINE_ADMIN_TOKEN` or run `leadline token create`.
        public var lockedOut: Bool
        /// The first administrator who signs in to the web admin, with a password to print once;
        /// nil when users existed already.
        public var adminUser: (email: String, password: String)?
    }

    /// The email the first administrator signs in with, unless `LEADLINE_ADMIN_EMAIL` names another.
    public static let defaultAdminEmail = "admin@leadline.local"

    /// - Parameter presetSecret: the operator's chosen secret (`LEADLINE_ADMIN_TOKEN`). It is
    ///   checked before anything is written, so a bad one changes nothing.
    public static func run(store: Store, presetSecret: String?, adminEmail: String? = nil) async throws -> Outcome {
        if let presetSecret { try TokenSecret.validateChosen(presetSecret) }
        let adminEmail = try NewUser.validateEmail(adminEmail ?? defaultAdminEmail, field: "LEADLINE_ADMIN_EMAIL")
        var outcome = try await token(store: store, presetSecret: presetSecret)
        // Users came after tokens: the first start after that upgrade makes the first one too.
        if try await !store.users.hasAny() {
            let password = Passwords.generate()
            _ = try await UserAccounts.create(
                NewUser(name: "Administrator", email: adminEmail, role: .admin, isSystemAdministrator: true, password: password),
                tenantID: outcome.tenant.id, by: nil, store: store)
            outcome.adminUser = (adminEmail, password)
        }
        return outcome
    }

    private static func token(store: Store, presetSecret: String?) async throws -> Outcome {
        let existing = try await store.tenants.all().first
        if existing != nil, try await store.tokens.hasLiveSystemAdministrator() {
            return Outcome(tenant: existing!, adminSecret: nil, lockedOut: false)
        }
        // A store that has tenants but lost its administrators gets one only from the operator's own secret:
        // a generated one printed to a log that others read would hand the store over.
        if let existing, presetSecret == nil {
            return Outcome(tenant: existing, adminSecret: nil, lockedOut: true)
        }
        let tenant: Tenant
        if let existing { tenant = existing } else { tenant = try await store.tenants.create(name: Tenant.defaultName) }
        let (_, secret) = try await store.tokens.create(
            tenantID: tenant.id, name: "first administrator", role: .admin, isSystemAdministrator: true, secret: presetSecret)
        return Outcome(tenant: tenant, adminSecret: secret, lockedOut: false)
    }
}
