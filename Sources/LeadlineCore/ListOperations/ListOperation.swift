import Foundation

/// The contact management tool's one process: contacts from some lists, narrowed by a filter and
/// include and exclude options, then copied, moved, removed, updated or reset.
public struct ListOperation: Sendable, Equatable, Codable {
    public enum Action: String, Sendable, Codable, CaseIterable {
        case copy, move, remove
        case updateFields = "update_fields"
        /// Back to "not used": remaining, no outcome, attempts left back to `attemptsLeft`.
        case reset
    }

    public var action: Action
    public var sources: [Int64]
    /// The JSON form of the filter; a template is resolved when the process is created.
    public var filter: JSONValue
    /// Include only contacts created from this day (inclusive) …
    public var createdFrom: String?
    /// … and before the end of this day.
    public var createdTo: String?
    /// Include only contacts whose last outcome is one of these completion codes.
    public var completionCodes: [String]?
    /// At most this many contacts, the first uploaded first.
    public var limit: Int?
    /// Leave out contacts present in these lists …
    public var excludeLists: [Int64]
    /// … matched on `phone`, `email`, `external_id` or a field's name (address, company, VAT number…).
    public var excludeMatch: String?
    /// The destination of a copy or a move.
    public var destination: Int64?
    /// What a copy or move does with a contact the destination already holds (by its dedup key).
    public var mergeRule: ImportRules.MergeRule
    /// The values an update writes.
    public var fields: [String: JSONValue]?
    /// Attempts a reset contact has left.
    public var attemptsLeft: Int

    public init(
        action: Action, sources: [Int64], filter: Filter = .everything, createdFrom: String? = nil, createdTo: String? = nil,
        completionCodes: [String]? = nil, limit: Int? = nil, excludeLists: [Int64] = [], excludeMatch: String? = nil,
        destination: Int64? = nil, mergeRule: ImportRules.MergeRule = .updateFields, fields: [String: JSONValue]? = nil, attemptsLeft: Int = 3
    ) {
        self.action = action
        self.sources = sources
        self.filter = FilterJSON.write(filter)
        self.createdFrom = createdFrom
        self.createdTo = createdTo
        self.completionCodes = completionCodes
        self.limit = limit
        self.excludeLists = excludeLists
        self.excludeMatch = excludeMatch
        self.destination = destination
        self.mergeRule = mergeRule
        self.fields = fields
        self.attemptsLeft = attemptsLeft
    }

    /// Refuses an operation that contradicts itself, before any list is read.
    /// - Parameter destinationPending: a new list will be the destination once the check passes.
    public func check(destinationPending: Bool = false) throws(ValidationFailure) {
        var issues = IssueCollector()
        if sources.isEmpty || sources.count > ContactSelectionLimits.lists { issues.add("sources", "must name 1 to \(ContactSelectionLimits.lists) lists") }
        switch action {
        case .copy, .move:
            if destination == nil && !destinationPending { issues.add("destination", "a \(action.rawValue) needs a destination list") }
            if let destination, sources.contains(destination) {
                issues.add("destination", action == .move
                    ? "a move's destination must not be one of its sources" : "a copy into one of its sources would copy contacts onto themselves")
            }
        case .remove, .updateFields, .reset:
            if destination != nil || destinationPending { issues.add("destination", "only a copy or a move has a destination") }
        }
        if action == .updateFields && (fields ?? [:]).isEmpty { issues.add("fields", "an update names the fields it writes") }
        if action != .updateFields && fields != nil { issues.add("fields", "only update_fields writes fields") }
        if !(0...100).contains(attemptsLeft) { issues.add("attemptsLeft", "must be from 0 to 100") }
        if let limit, limit < 1 { issues.add("limit", "must be at least 1") }
        for (key, text) in [("createdFrom", createdFrom), ("createdTo", createdTo)] {
            if let text, CalendarDate(text) == nil { issues.add(key, "must be a date such as 2026-01-31") }
        }
        if excludeLists.isEmpty != (excludeMatch == nil) { issues.add("excludeMatch", "exclusion names both the lists and what to match on") }
        if excludeLists.contains(where: sources.contains) { issues.add("excludeLists", "a list cannot be both a source and an exclusion") }
        try issues.check()
    }

    /// The filter with the include options as conditions of their own.
    public func selection(_ written: Filter) -> Filter {
        // An empty filter adds no part: the text form of the whole is then just the options.
        var parts = written.isEverything ? [] : [written]
        if let from = createdFrom { parts.append(.condition(FilterCondition(field: "created", test: .compare(.greaterOrEqual, .string(from))))) }
        if let to = createdTo, let day = CalendarDate(to) {
            let next = CalendarDate(utcOf: Date(timeIntervalSince1970: Double(day.utcMidnightMillis) / 1000 + 86_400))
            parts.append(.condition(FilterCondition(field: "created", test: .compare(.less, .string(next.description)))))
        }
        if let codes = completionCodes, !codes.isEmpty {
            parts.append(.condition(FilterCondition(field: "last_completion_code", test: .oneOf(codes.map(JSONValue.string)))))
        }
        switch parts.count {
        case 0: return written
        case 1: return parts[0]
        default: return .all(parts)
        }
    }

    /// Whether the action changes or deletes the source contacts, so contacts in progress are skipped.
    public var touchesSources: Bool { action != .copy }

    /// Whether the operation takes every contact of its sources: nothing but a filter of
    /// `written` narrows it.
    public func takesWholeLists(_ written: Filter) -> Bool {
        selection(written).isEverything && limit == nil && excludeLists.isEmpty
    }
}

/// Bounds every selection shares.
public enum ContactSelectionLimits {
    /// Lists one selection may span.
    public static let lists = 1000
}
