import LeadlineCore

/// A token as listed; `secret` is present only in the answer that created it.
struct TokenResource: Encodable, Sendable {
    var id: Int64
    var tenantId: Int64
    var name: String
    var role: Role
    var systemAdministrator: Bool
    var createdAt: String
    var revokedAt: String?
    var secret: String?

    init(_ token: TokenRecord, secret: String? = nil) {
        id = token.id
        tenantId = token.tenantID
        name = token.name
        role = token.role
        systemAdministrator = token.isSystemAdministrator
        createdAt = Timestamp.format(token.createdAt)
        revokedAt = token.revokedAt.map(Timestamp.format)
        self.secret = secret
    }
}
