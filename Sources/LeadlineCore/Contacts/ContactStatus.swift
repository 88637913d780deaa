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

extension ContactStatus {
    /// Reads a status a person typed, naming the allowed ones when it is none of them.
    public static func parse(_ text: String, field: String = "status") throws(ValidationFailure) -> ContactStatus {
        guard let status = ContactStatus(rawValue: text) else {
            throw ValidationFailure(field: field, reason: "must be one of: \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return status
    }
}
