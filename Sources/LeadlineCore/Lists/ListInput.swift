/// A list as a person sends it: every part optional, so one type serves create and update.
public struct ListInput: Sendable, Decodable, Equatable, ClosedInput {
    public var name: String?
    public var description: String?
    public var owner: String?
    public var timeZone: String?
    public var defaultRegion: String?
    public var enabled: Bool?
    public var dedupKey: DedupKey?
    public var sharedWith: [ShareGrant]?
    public var keepInvalidNumbers: Bool?
    /// Empty clears it.
    public var locale: String?
    /// Empty clears it.
    public var dateOrder: String?

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, description, owner, timeZone, defaultRegion, enabled, dedupKey, sharedWith, keepInvalidNumbers, locale, dateOrder
    }

    public init(
        name: String? = nil, description: String? = nil, owner: String? = nil, timeZone: String? = nil,
        defaultRegion: String? = nil, enabled: Bool? = nil, dedupKey: DedupKey? = nil, sharedWith: [ShareGrant]? = nil,
        keepInvalidNumbers: Bool? = nil, locale: String? = nil, dateOrder: String? = nil
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
