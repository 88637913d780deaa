/// What a strategy does after an outcome: try again after `delayMinutes`, at most `maxAttempts`
/// times with this outcome, on the same number or the next; after that the contact ends `then`.
public struct RetryRule: Sendable, Equatable, Codable {
    public var delayMinutes: Int
    public var maxAttempts: Int
    public var nextNumber: Bool
    public var then: FinalState

    public init(delayMinutes: Int, maxAttempts: Int, nextNumber: Bool = false, then: FinalState = .closed) {
        self.delayMinutes = delayMinutes
        self.maxAttempts = maxAttempts
        self.nextNumber = nextNumber
        self.then = then
    }

    public enum FinalState: String, Sendable, Codable, CaseIterable {
        /// Done: the contact's status becomes `closed`.
        case closed
        /// Done in this job; the contact stays `remaining` for later campaigns.
        case remaining
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case delayMinutes, maxAttempts, nextNumber, then }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        delayMinutes = try container.decode(Int.self, forKey: .delayMinutes)
        maxAttempts = try container.decode(Int.self, forKey: .maxAttempts)
        nextNumber = try container.decodeIfPresent(Bool.self, forKey: .nextNumber) ?? false
        then = try container.decodeIfPresent(FinalState.self, forKey: .then) ?? .closed
    }

    func check(field: String, issues: inout IssueCollector) {
        if !(0...525_600).contains(delayMinutes) { issues.add("\(field).delayMinutes", "must be 0 to 525600 (a year)") }
        if !(1...100).contains(maxAttempts) { issues.add("\(field).maxAttempts", "must be 1 to 100") }
    }

    /// The rules a new strategy starts with: the outcomes worth another try.
    public static let defaults: [String: RetryRule] = [
        "busy": RetryRule(delayMinutes: 10, maxAttempts: 5),
        "no_answer": RetryRule(delayMinutes: 60, maxAttempts: 3, nextNumber: true),
        "answering_machine": RetryRule(delayMinutes: 240, maxAttempts: 2, nextNumber: true),
        "network_error": RetryRule(delayMinutes: 5, maxAttempts: 3),
        "rejected": RetryRule(delayMinutes: 120, maxAttempts: 2, nextNumber: true),
        "undelivered": RetryRule(delayMinutes: 60, maxAttempts: 2, nextNumber: true),
        "invalid_number": RetryRule(delayMinutes: 0, maxAttempts: 10, nextNumber: true),
        "fax": RetryRule(delayMinutes: 0, maxAttempts: 10, nextNumber: true),
        "bounced": RetryRule(delayMinutes: 0, maxAttempts: 10, nextNumber: true),
    ]
}

/// Which numbers a strategy tries, in order: a slot (`phone1`…`phone10`) or a type (`mobile`,
/// `fixed_line`…) that takes every number of that type not taken yet.
public enum NumberChoice: Sendable, Hashable, Codable, CustomStringConvertible {
    case slot(Int)
    case type(PhoneType)

    public init?(_ text: String) {
        if text.hasPrefix("phone"), let slot = Int(text.dropFirst(5)), (1...ContactContent.maximumPhones).contains(slot) {
            self = .slot(slot)
        } else if let type = PhoneType(rawValue: text), type != .unknown {
            self = .type(type)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .slot(let slot): "phone\(slot)"
        case .type(let type): type.rawValue
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let choice = NumberChoice(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "must be phone1 to phone10 or a number type such as mobile"))
        }
        self = choice
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The indexes of `phones` in the order `choices` tries them, each once.
    public static func order(_ choices: [NumberChoice], of phones: [PhoneNumber]) -> [Int] {
        var order: [Int] = []
        for choice in choices {
            switch choice {
            case .slot(let slot):
                if slot <= phones.count, !order.contains(slot - 1) { order.append(slot - 1) }
            case .type(let type):
                for index in phones.indices where phones[index].type == type && !order.contains(index) { order.append(index) }
            }
        }
        return order
    }

    public static let everySlot: [NumberChoice] = (1...ContactContent.maximumPhones).map(NumberChoice.slot)
    /// Text messages go to mobiles, then to numbers that may be mobiles.
    public static let mobilesFirst: [NumberChoice] = [.type(.mobile), .type(.fixedLineOrMobile)]
}

/// A date with no attempts: everywhere, or for contacts in one country.
public struct Holiday: Sendable, Equatable, Codable {
    public var date: CalendarDate
    public var country: String?
    public var name: String?

    public init(date: CalendarDate, country: String? = nil, name: String? = nil) {
        self.date = date
        self.country = country
        self.name = name
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case date, country, name }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .date)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(forKey: .date, in: container, debugDescription: "must be a date such as 2026-12-25")
        }
        self.date = date
        country = try container.decodeIfPresent(String.self, forKey: .country)
        name = try container.decodeIfPresent(String.self, forKey: .name)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date.description, forKey: .date)
        try container.encodeIfPresent(country, forKey: .country)
        try container.encodeIfPresent(name, forKey: .name)
    }
}
