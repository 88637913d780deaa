import Foundation

/// A token as stored: everything but the secret, which is kept only as a hash.
public struct TokenRecord: Sendable, Equatable, Codable {
    public var id: Int64
    public var tenantID: Int64
    public var name: String
    public var role: Role
    public var isSystemAdministrator: Bool
    public var createdAt: Date
    public var revokedAt: Date?

    public init(
        id: Int64, tenantID: Int64, name: String, role: Role, isSystemAdministrator: Bool,
        createdAt: Date, revokedAt: Date?
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.role = role
        self.isSystemAdministrator = isSystemAdministrator
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    public var principal: Principal {
        Principal(holder: .token(id), name: name, tenantID: tenantID, role: role, isSystemAdministrator: isSystemAdministrator)
    }
}
