import Foundation
import LeadlineCore

/// A tenant's do-not-contact entries.
public protocol BlacklistRepository: Sendable {
    /// Adds entries in one transaction; an entry for a URI and medium already listed replaces
    /// its name, reason and expiry. The count of new entries.
    @discardableResult
    func add(_ entries: [BlacklistEntry.Input], tenantID: Int64, actor: String) async throws -> Int
    func remove(id: Int64, tenantID: Int64) async throws
    func find(id: Int64, tenantID: Int64) async throws -> BlacklistEntry?
    func find(uri: BlacklistURI, medium: BlacklistMedium, tenantID: Int64) async throws -> BlacklistEntry?
    /// Entries whose URI or name contains `text` (all when nil), in id order.
    func search(_ text: String?, tenantID: Int64, page: PageRequest) async throws -> Page<BlacklistEntry>
    /// The entries that could forbid these numbers (E.164) and addresses: their own entries,
    /// their numbers' prefixes, their domains. A matcher built from them decides.
    func candidates(numbers: Set<String>, emails: Set<String>, tenantID: Int64) async throws -> [BlacklistEntry]
}
