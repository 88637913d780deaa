/// One reason a piece of input was refused, naming the field a person has to fix.
public struct FieldIssue: Sendable, Hashable, Codable {
    /// A JSON-pointer-like path to the offending input, such as `phones[2].number` or `custom.balance`.
    public var field: String
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }
}

/// Input that broke one or more rules; nothing was changed.
public struct ValidationFailure: Error, Sendable, Equatable {
    public var issues: [FieldIssue]

    public init(_ issues: [FieldIssue]) {
        self.issues = issues
    }

    public init(field: String, reason: String) {
        self.issues = [FieldIssue(field: field, reason: reason)]
    }
}

/// Collects issues while a whole input is checked, so a person sees every problem at once.
public struct IssueCollector: Sendable {
    public private(set) var issues: [FieldIssue] = []

    public init() {}

    public mutating func add(_ field: String, _ reason: String) {
        issues.append(FieldIssue(field: field, reason: reason))
    }

    public func check() throws(ValidationFailure) {
        if !issues.isEmpty { throw ValidationFailure(issues) }
    }

    /// These issues and those of a failed check of a part.
    public func merging(_ failure: ValidationFailure) -> IssueCollector {
        var copy = self
        for issue in failure.issues { copy.add(issue.field, issue.reason) }
        return copy
    }
}
