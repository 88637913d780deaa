import Foundation

/// What a tenant a list is shared with may do with it. Reading covers searches, exports and
/// campaigns; writing adds the list's contacts (imports, edits, bulk work). The list itself — its
/// settings, schema, shares and existence — stays its owner's either way.
public enum ListAccess: String, Sendable, Codable, CaseIterable, Comparable {
    case read
    case write

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .read && rhs == .write }
}

/// The owner's offer of a list to another tenant. It shows the list there only once that tenant's
/// administrator accepts it.
public struct ShareGrant: Sendable, Equatable, Decodable, ExpressibleByIntegerLiteral {
    public var tenantID: Int64
    public var access: ListAccess

    public init(tenantID: Int64, access: ListAccess = .read) {
        self.tenantID = tenantID
        self.access = access
    }

    public init(integerLiteral tenantID: Int64) {
        self.init(tenantID: tenantID)
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case tenantId, access }

    /// A bare tenant id offers reading, as `sharedWith` always meant; an object names the access.
    public init(from decoder: any Decoder) throws {
        if let id = try? decoder.singleValueContainer().decode(Int64.self) {
            self.init(tenantID: id)
            return
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            tenantID: try container.decode(Int64.self, forKey: .tenantId),
            access: try container.decodeIfPresent(ListAccess.self, forKey: .access) ?? .read)
    }
}

/// A grant as stored: with whether, and when, the receiving tenant accepted it.
public struct ListShare: Sendable, Equatable {
    public var grant: ShareGrant
    public var acceptedAt: Date?

    public init(grant: ShareGrant, acceptedAt: Date?) {
        self.grant = grant
        self.acceptedAt = acceptedAt
    }

    public var tenantID: Int64 { grant.tenantID }
}

/// How one tenant stands to one list.
public enum ListStanding: Sendable, Equatable {
    case owner
    case shared(ListAccess)

    public var mayWriteContacts: Bool {
        switch self {
        case .owner, .shared(.write): true
        case .shared(.read): false
        }
    }
}

extension ContactList {
    /// How `tenantID` stands to this list, or nil when the list is not visible to it.
    public func standing(of tenantID: Int64) -> ListStanding? {
        if tenantID == self.tenantID { return .owner }
        guard let share = shares.first(where: { $0.tenantID == tenantID }), share.acceptedAt != nil else { return nil }
        return .shared(share.grant.access)
    }
}

/// A list offered to a tenant, as that tenant sees it: pending until its administrator accepts.
public struct ShareOffer: Sendable, Equatable {
    public var listID: Int64
    public var listName: String
    public var ownerTenantID: Int64
    public var access: ListAccess
    public var offeredAt: Date
    public var acceptedAt: Date?

    public init(listID: Int64, listName: String, ownerTenantID: Int64, access: ListAccess, offeredAt: Date, acceptedAt: Date?) {
        self.listID = listID
        self.listName = listName
        self.ownerTenantID = ownerTenantID
        self.access = access
        self.offeredAt = offeredAt
        self.acceptedAt = acceptedAt
    }
}
