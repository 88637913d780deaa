import LeadlineCore

/// A tenant's own completion codes, beside the system codes every tenant has.
public protocol CompletionCodeRepository: Sendable {
    func create(_ code: CompletionCode, tenantID: Int64) async throws -> CompletionCode
    /// The system codes, then the tenant's own by name.
    func all(tenantID: Int64) async throws -> [CompletionCode]
    func find(name: String, tenantID: Int64) async throws -> CompletionCode?
    /// Refused while a campaign allows the code or a strategy retries it.
    func delete(name: String, tenantID: Int64) async throws
}
