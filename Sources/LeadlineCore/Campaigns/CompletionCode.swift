/// The outcome of one attempt: a system code every channel shares, or a tenant's own.
public struct CompletionCode: Sendable, Equatable, Codable {
    public var name: String
    public var description: String
    /// Counts as a customer's response for a goal-based finish.
    public var isResponse: Bool
    /// Ends the contact's work in the job unless the strategy retries the code.
    public var closesContact: Bool
    /// The right party was reached.
    public var isRightPartyContact: Bool
    public var isSystem: Bool

    public init(name: String, description: String, isResponse: Bool = false, closesContact: Bool = false, isRightPartyContact: Bool = false, isSystem: Bool = false) {
        self.name = name
        self.description = description
        self.isResponse = isResponse
        self.closesContact = closesContact
        self.isRightPartyContact = isRightPartyContact
        self.isSystem = isSystem
    }
}

extension CompletionCode {
    public static let leaseExpired = "lease_expired"
    public static let callbackRequested = "callback_requested"
    /// A message the gateway took but never reported on in time.
    public static let noReport = "no_report"

    /// The codes every tenant has.
    public static let system: [CompletionCode] = [
        CompletionCode(name: "answered", description: "a person answered", isResponse: true, closesContact: true, isRightPartyContact: true, isSystem: true),
        CompletionCode(name: "answering_machine", description: "an answering machine or voicemail answered", isSystem: true),
        CompletionCode(name: "busy", description: "the line was busy", isSystem: true),
        CompletionCode(name: "no_answer", description: "nobody answered", isSystem: true),
        CompletionCode(name: "fax", description: "a fax machine answered", isSystem: true),
        CompletionCode(name: "invalid_number", description: "the number does not exist", isSystem: true),
        CompletionCode(name: "network_error", description: "the network failed the attempt", isSystem: true),
        CompletionCode(name: "rejected", description: "the call or message was refused", isSystem: true),
        CompletionCode(name: "delivered", description: "the message was delivered", closesContact: true, isSystem: true),
        CompletionCode(name: "undelivered", description: "the message could not be delivered", isSystem: true),
        CompletionCode(name: noReport, description: "the gateway took the message but reported nothing in time", isSystem: true),
        CompletionCode(name: "bounced", description: "the email address bounced", isSystem: true),
        CompletionCode(name: "replied", description: "the customer replied", isResponse: true, closesContact: true, isRightPartyContact: true, isSystem: true),
        CompletionCode(name: "opted_out", description: "the customer asked not to be contacted", isResponse: true, closesContact: true, isRightPartyContact: true, isSystem: true),
        CompletionCode(name: callbackRequested, description: "the customer asked to be called back", isResponse: true, isRightPartyContact: true, isSystem: true),
        CompletionCode(name: leaseExpired, description: "the lease ran out before a result was posted", isSystem: true),
    ]

    public static func system(named name: String) -> CompletionCode? {
        system.first { $0.name == name }
    }

    /// What the outcome says about the number or address used, beside the contact.
    public var numberEffect: NumberEffect {
        switch name {
        case "invalid_number", "fax", "bounced": .deactivate
        case "busy": .countRetry
        default: .none
        }
    }
}

/// What an outcome does to the number or address it was attempted on.
public enum NumberEffect: Sendable, Equatable {
    case none
    /// The number counts one more retry.
    case countRetry
    /// The number is made `inactive`: no campaign tries it again until someone edits it.
    case deactivate
}

/// A tenant's own completion code as a person writes it.
public struct CompletionCodeInput: ClosedInput, Sendable {
    public var name: String
    public var description: String?
    public var isResponse: Bool?
    public var closesContact: Bool?
    public var isRightPartyContact: Bool?

    public enum CodingKeys: String, CodingKey, CaseIterable { case name, description, isResponse, closesContact, isRightPartyContact }

    public init(name: String, description: String? = nil, isResponse: Bool? = nil, closesContact: Bool? = nil, isRightPartyContact: Bool? = nil) {
        self.name = name
        self.description = description
        self.isResponse = isResponse
        self.closesContact = closesContact
        self.isRightPartyContact = isRightPartyContact
    }

    public func validated() throws(ValidationFailure) -> CompletionCode {
        var issues = IssueCollector()
        if !CompletionCodeInput.isCodeName(name) {
            issues.add("name", "must be 1 to 50 lowercase letters, digits or underscores, starting with a letter")
        } else if CompletionCode.system(named: name) != nil {
            issues.add("name", "'\(name)' is a system completion code")
        }
        if let description, description.count > 500 || description.containsControlCharacter {
            issues.add("description", "must be at most 500 characters on one line")
        }
        try issues.check()
        return CompletionCode(
            name: name, description: description ?? "", isResponse: isResponse ?? false, closesContact: closesContact ?? false,
            isRightPartyContact: isRightPartyContact ?? false)
    }

    static func isCodeName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), text.count <= 50 else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
