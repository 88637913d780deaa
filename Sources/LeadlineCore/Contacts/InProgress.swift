/// Why a contact is in the middle of outbound work, so no delete, bulk change or list operation
/// may touch it: the dialer holding it, or the campaign coming back to it, would be lost.
public enum InProgress: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Leased to a dialer, being attempted, or attempted and not yet processed.
    case processing
    /// A callback is set.
    case callback
    /// A retry is set.
    case retry

    /// The reason `contact` is in progress; nil when it is free.
    public static func reason(of contact: Contact) -> InProgress? {
        switch contact.content.status {
        case .processing: .processing
        case .callback: .callback
        default: contact.retryAt == nil ? nil : .retry
        }
    }

    public var description: String {
        switch self {
        case .processing: "leased, being attempted or not yet processed"
        case .callback: "a callback is set"
        case .retry: "a retry is set"
        }
    }
}

extension InProgress {
    /// `contacts` split into those free for bulk work and, by reason, how many are in progress.
    public static func partition(_ contacts: [Contact]) -> (free: [Contact], skipped: [InProgress: Int]) {
        var free: [Contact] = []
        var skipped: [InProgress: Int] = [:]
        for contact in contacts {
            if let reason = reason(of: contact) { skipped[reason, default: 0] += 1 } else { free.append(contact) }
        }
        return (free, skipped)
    }
}
