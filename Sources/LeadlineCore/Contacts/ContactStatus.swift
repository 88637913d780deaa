/// Where a contact stands in outbound work.
public enum ContactStatus: String, Sendable, Codable, CaseIterable {
    /// Can be worked.
    case remaining
    /// Leased or being attempted.
    case processing
    case callback
    case postponed
    /// Done.
    case closed
    case inactive
}
