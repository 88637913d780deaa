import LeadlineCore

/// API tokens. The secret is returned once, by `create`, and never stored.
public protocol TokenRepository: Sendable {
    /// Creates a token; `secret` presets it (an operator's `LEADLINE_ADMIN_TOKEN`), otherwise one is generated.
    func create(tenantID: Int64, name: String, role: Role, isSystemAdministrator: Bool, secret: String?) async throws -> (TokenRecord, secret: String)
    /// The live token with this secret, or nil when it is unknown or revoked.
    func authenticate(secret: String) async throws -> TokenRecord?
    func list(tenantID: Int64) async throws -> [TokenRecord]
    /// Whether some live token is a system administrator's, so that someone can get in.
    func hasLiveSystemAdministrator() async throws -> Bool
    /// Revokes a token of `tenantID`, or of any tenant when `tenantID` is nil (the operator's CLI).
    func revoke(id: Int64, tenantID: Int64?) async throws -> TokenRecord
}
