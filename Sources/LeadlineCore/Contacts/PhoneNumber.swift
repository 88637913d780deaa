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
    /// The digits to dial once the line answers (`ext. 45`), kept apart from E.164.
    public var `extension`: String?

    public init(
        raw: String, e164: String, type: PhoneType = .unknown, state: PhoneState = .active, retryCount: Int = 0,
        problem: PhoneProblem? = nil, extension: String? = nil
    ) {
        self.raw = raw
        self.e164 = e164
        self.type = type
        self.state = state
        self.retryCount = retryCount
        self.problem = problem
        self.extension = `extension`
    }

    /// The number as an export writes it and an import reads it back: E.164 and its extension,
    /// or what was given for an invalid number.
    public var written: String {
        guard !e164.isEmpty else { return raw }
        return `extension`.map { "\(e164) ext. \($0)" } ?? e164
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
