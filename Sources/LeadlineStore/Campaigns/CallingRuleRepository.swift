import LeadlineCore

/// A tenant's state and country calling rules; the shipped ones until it edits them.
public protocol CallingRuleRepository: Sendable {
    func rules(tenantID: Int64) async throws -> [CallingRule]
    /// Replaces the whole set; the rules must be valid.
    func replace(_ rules: [CallingRule], tenantID: Int64) async throws
}
