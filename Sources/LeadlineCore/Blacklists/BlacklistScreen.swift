import Foundation

/// A batch's view of the do-not-contact list: the entries that could touch its numbers and
/// addresses, and what an import does with a contact they forbid.
public struct BlacklistScreen: Sendable {
    private let matcher: BlacklistMatcher
    private let entries: [Int64: BlacklistEntry]
    private let now: Date

    public init(candidates: [BlacklistEntry], now: Date) {
        matcher = BlacklistMatcher(candidates)
        entries = Dictionary(candidates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.now = now
    }

    /// Why `content` may not be contacted at all: its first listed number or address.
    public func refusal(of content: ContactContent) -> ImportedRow.RowIssue? {
        for (index, phone) in content.phones.enumerated() where !phone.e164.isEmpty {
            if let id = matcher.entry(forNumber: phone.e164, channel: .any, at: now) {
                return ImportedRow.RowIssue(column: "phone\(index + 1)", reason: explain(phone.e164, id))
            }
        }
        for (index, email) in content.emails.enumerated() {
            if let id = matcher.entry(forEmail: email, channel: .any, at: now) {
                return ImportedRow.RowIssue(column: "email\(index + 1)", reason: explain(email, id))
            }
        }
        return nil
    }

    /// `content` with every listed number `blocked`.
    public func blocking(_ content: ContactContent) -> ContactContent {
        var result = content
        for index in result.phones.indices where !result.phones[index].e164.isEmpty
            && matcher.entry(forNumber: result.phones[index].e164, channel: .any, at: now) != nil
        {
            result.phones[index].state = .blocked
        }
        return result
    }

    private func explain(_ value: String, _ id: Int64) -> String {
        guard let entry = entries[id] else { return "\(value) is on the do-not-contact list" }
        let label = entry.name.isEmpty ? "entry \(entry.uri)" : "'\(entry.name)' (\(entry.uri))"
        return "\(value) is on the do-not-contact list: \(label)" + (entry.reason.isEmpty ? "" : ", \(entry.reason)")
    }
}
