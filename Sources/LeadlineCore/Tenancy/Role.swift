/// What a token may do inside its tenant.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// Everything in its tenant: fields, users, lists, campaigns.
    case admin
    /// Lists, contacts, imports, exports, campaigns.
    case supervisor
    /// Dialers and agents: lease work, post results, read the contacts they hold.
    case agent

    public func allows(_ permission: Permission) -> Bool {
        switch self {
        case .admin: true
        case .supervisor:
            permission != .manageTokens && permission != .manageUsers && permission != .manageFields && permission != .manageDataSources && permission != .acceptShares
                && permission != .manageGateways
        case .agent: permission == .dispatch
        }
    }
}

/// The actions the API guards, each granted by some roles.
public enum Permission: String, Sendable, CaseIterable {
    case manageTokens
    /// People who sign in to the web admin, and their roles.
    case manageUsers
    case manageFields
    case readFields
    case manageLists
    case readLists
    case manageContacts
    case readContacts
    /// Data sources read files on the server and query other databases: an administrator's call.
    case manageDataSources
    /// Which other tenants' lists show in this one: an administrator's call.
    case acceptShares
    /// SMS and email gateways hold the keys of outside systems: an administrator's call.
    case manageGateways
    /// Completion codes, strategies, state rules, campaigns and their jobs.
    case manageCampaigns
    case readCampaigns
    /// Lease work and post its results: dialers, senders and agents.
    case dispatch
}
