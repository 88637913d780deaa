/// Who is asking: the holder of one token, or a person signed in, acting inside one tenant.
public struct Principal: Sendable, Equatable {
    /// What the caller proved itself with.
    public enum Holder: Sendable, Equatable {
        case token(Int64)
        case user(Int64)
    }

    public var holder: Holder
    /// The token's or the person's name, for history.
    public var name: String
    public var tenantID: Int64
    public var role: Role
    /// A system administrator also manages tenants, beside whatever its role allows in its own tenant.
    public var isSystemAdministrator: Bool

    public init(holder: Holder, name: String, tenantID: Int64, role: Role, isSystemAdministrator: Bool) {
        self.holder = holder
        self.name = name
        self.tenantID = tenantID
        self.role = role
        self.isSystemAdministrator = isSystemAdministrator
    }

    public func require(_ permission: Permission) throws(DomainError) {
        guard role.allows(permission) else {
            throw .forbidden("the \(role.rawValue) role may not \(permission.phrase)")
        }
    }

    public func requireSystemAdministrator() throws(DomainError) {
        guard isSystemAdministrator else { throw .forbidden("only a system administrator may manage tenants") }
    }

    /// How history records this caller.
    public var actor: String {
        switch holder {
        case .token(let id): "token:\(id) \(name)"
        case .user(let id): "user:\(id) \(name)"
        }
    }
}

extension Permission {
    var phrase: String {
        switch self {
        case .manageTokens: "manage tokens"
        case .manageUsers: "manage users"
        case .manageFields: "change the field catalog"
        case .readFields: "read the field catalog"
        case .manageLists: "change lists"
        case .readLists: "read lists"
        case .manageContacts: "change contacts"
        case .readContacts: "read contacts"
        case .manageDataSources: "manage data sources"
        case .manageGateways: "manage gateways"
        case .acceptShares: "accept or decline lists other tenants share"
        case .manageCampaigns: "change campaigns, strategies or completion codes"
        case .readCampaigns: "read campaigns"
        case .dispatch: "lease contacts or post results"
        }
    }
}
