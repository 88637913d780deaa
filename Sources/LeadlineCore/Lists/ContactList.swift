import Foundation

/// A list of customer records with its own schema; usable by many campaigns.
public struct ContactList: Sendable, Equatable {
    public var id: Int64
    public var tenantID: Int64
    public var settings: ListSettings
    public var schema: [FieldDefinition]
    /// The owner's grants with their acceptance, in tenant order.
    public var shares: [ListShare]
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: Int64, tenantID: Int64, settings: ListSettings, schema: [FieldDefinition], shares: [ListShare] = [], version: Int,
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.tenantID = tenantID
        self.settings = settings
        self.schema = schema
        self.shares = shares
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public func field(named name: String) -> FieldDefinition? {
        schema.first { $0.name == name }
    }
}

/// The parts of a list its owner edits.
public struct ListSettings: Sendable, Equatable {
    public var name: String
    public var description: String
    public var owner: String
    public var timeZone: String
    /// ISO 3166 region used for numbers written without a country code.
    public var defaultRegion: String?
    public var enabled: Bool
    public var dedupKey: DedupKey
    /// The tenants the owner offers this list to, each with its access, in tenant order.
    public var sharedWith: [ShareGrant]
    /// Whether a contact's invalid number is kept, excluded from dialling, instead of refusing the contact.
    public var keepInvalidNumbers: Bool
    /// The language (and region) whose way of writing numbers a file's cells follow, such as
    /// `de` for `1.595,75`; nil for English.
    public var locale: String?
    /// The order of numeric dates in a file's cells; nil for the usual order of the list's region.
    public var dateOrder: DateOrder?

    public init(
        name: String, description: String = "", owner: String = "", timeZone: String = "UTC",
        defaultRegion: String? = nil, enabled: Bool = true, dedupKey: DedupKey = .externalID, sharedWith: [ShareGrant] = [],
        keepInvalidNumbers: Bool = false, locale: String? = nil, dateOrder: DateOrder? = nil
    ) {
        self.name = name
        self.description = description
        self.owner = owner
        self.timeZone = timeZone
        self.defaultRegion = defaultRegion
        self.enabled = enabled
        self.dedupKey = dedupKey
        self.sharedWith = sharedWith
        self.keepInvalidNumbers = keepInvalidNumbers
        self.locale = locale
        self.dateOrder = dateOrder
    }
}
