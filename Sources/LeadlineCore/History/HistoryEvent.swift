import Foundation

/// One thing that happened to a contact: who did it, when, and what changed.
public struct HistoryEvent: Sendable, Equatable {
    public var id: Int64
    public var contactID: Int64
    public var at: Date
    public var actor: String
    public var kind: HistoryKind
    public var changes: [Change]

    public init(id: Int64, contactID: Int64, at: Date, actor: String, kind: HistoryKind, changes: [Change]) {
        self.id = id
        self.contactID = contactID
        self.at = at
        self.actor = actor
        self.kind = kind
        self.changes = changes
    }

    /// How many events come with a contact; the rest are paged.
    public static let latestShown = 50
}

public enum HistoryKind: String, Sendable, Codable, CaseIterable {
    case created, imported, updated, statusChanged = "status_changed", attempt, result, callback
    /// Moved to another list by the contact management tool, keeping its id and history.
    case moved
}

/// One part of a contact before and after an event.
public struct Change: Sendable, Equatable, Codable {
    public var field: String
    public var from: JSONValue
    public var to: JSONValue

    public init(field: String, from: JSONValue, to: JSONValue) {
        self.field = field
        self.from = from
        self.to = to
    }

    /// The parts that differ between two versions of a contact, in field order.
    public static func between(_ old: ContactContent, _ new: ContactContent) -> [Change] {
        let before = old.document
        let after = new.document
        return after.keys.sorted().compactMap { key in
            let from = before[key] ?? .null
            let to = after[key] ?? .null
            return from == to ? nil : Change(field: key, from: from, to: to)
        }
    }

    /// The event kind for a set of changes: a change of status alone reads as one.
    public static func kind(of changes: [Change]) -> HistoryKind {
        changes.count == 1 && changes[0].field == "status" ? .statusChanged : .updated
    }
}
