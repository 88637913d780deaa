/// One of a contact's numbers, as given and in E.164.
public struct PhoneNumber: Sendable, Hashable, Codable {
    public var raw: String
    /// Empty for an invalid number a list keeps (excluded, with `problem`).
    public var e164: String
    public var type: PhoneType
    public var state: PhoneState
    public var retryCount: Int
    /// Why the number could not be read, for an invalid number kept by its list.
    public var problem: PhoneProblem?

    public init(
        raw: String, e164: String, type: PhoneType = .unknown, state: PhoneState = .active, retryCount: Int = 0,
        problem: PhoneProblem? = nil
    ) {
        self.raw = raw
        self.e164 = e164
        self.type = type
        self.state = state
        self.retryCount = retryCount
        self.problem = problem
    }
}

/// Whether automatic outbound work may dial a number.
public enum PhoneState: String, Sendable, Codable, CaseIterable {
    case active, inactive, excluded, blocked
}

/// The kind of line, as the numbering plan tells it.
public enum PhoneType: String, Sendable, Codable, CaseIterable {
    case unknown
    case mobile
    case fixedLine = "fixed_line"
    case fixedLineOrMobile = "fixed_line_or_mobile"
    case tollFree = "toll_free"
    case premiumRate = "premium_rate"
    case sharedCost = "shared_cost"
    case voip
    case personalNumber = "personal_number"
    case pager
    case uan
    case voicemail
}
