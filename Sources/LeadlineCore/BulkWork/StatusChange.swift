/// A bulk change of status: a new status and/or priority, numbers' retry counts cleared, numbers
/// in chosen states made active again.
public struct StatusChange: Sendable, Equatable, Codable {
    public var status: ContactStatus?
    public var priority: Int?
    public var clearRetries: Bool
    /// Numbers in these states become `active`; blocked and excluded numbers never do.
    public var activatePhones: [PhoneState]

    public init(status: ContactStatus? = nil, priority: Int? = nil, clearRetries: Bool = false, activatePhones: [PhoneState] = []) {
        self.status = status
        self.priority = priority
        self.clearRetries = clearRetries
        self.activatePhones = activatePhones
    }

    /// Refuses a change that changes nothing or would reach numbers no one may dial.
    public func check() throws(ValidationFailure) {
        var issues = IssueCollector()
        if status == nil && priority == nil && !clearRetries && activatePhones.isEmpty {
            issues.add("status", "name a status, a priority, clearRetries or activatePhones: the change changes nothing")
        }
        if status == .processing || status == .callback {
            issues.add("status", "outbound work sets \(status!.rawValue); a bulk change sets remaining, postponed, closed or inactive")
        }
        if let priority, !(1...10).contains(priority) { issues.add("priority", "must be between 1 and 10") }
        for state in activatePhones where state == .blocked || state == .excluded || state == .active {
            issues.add("activatePhones", state == .active
                ? "active numbers are active already" : "\(state.rawValue) numbers are never activated: they must not be dialled")
        }
        try issues.check()
    }

    /// The contact after the change.
    public func apply(to content: ContactContent) -> ContactContent {
        var changed = content
        if let status { changed.status = status }
        if let priority { changed.priority = priority }
        for index in changed.phones.indices {
            if clearRetries { changed.phones[index].retryCount = 0 }
            if activatePhones.contains(changed.phones[index].state) { changed.phones[index].state = .active }
        }
        return changed
    }
}
