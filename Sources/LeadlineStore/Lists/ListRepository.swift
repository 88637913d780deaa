import LeadlineCore

/// Contact lists. A list is visible to its own tenant and to the tenants that accepted its
/// owner's offer; its contacts are written by the owner and by tenants granted write access; only
/// its own tenant may change its settings, its shares or delete it.
public protocol ListRepository: Sendable {
    /// Creates a list whose schema is a copy of the tenant's catalog at this moment.
    func create(_ settings: ListSettings, tenantID: Int64) async throws -> ContactList
    func list(tenantID: Int64, page: PageRequest) async throws -> Page<ContactList>
    func find(id: Int64, tenantID: Int64) async throws -> ContactList?
    /// A list whose contacts the tenant may change: 404 when it cannot see it, 403 when shared for reading.
    func writable(id: Int64, tenantID: Int64) async throws -> ContactList
    /// Changes a list's settings inside one transaction.
    func update(
        id: Int64, tenantID: Int64, expectedVersion: Int?,
        _ change: @Sendable (ContactList) throws -> ListSettings
    ) async throws -> ContactList
    /// Adds a field to the list's own schema; the catalog is untouched.
    func addField(_ definition: FieldDefinition, listID: Int64, tenantID: Int64, expectedVersion: Int?) async throws -> ContactList
    /// Deletes the list and all of its contacts.
    func delete(id: Int64, tenantID: Int64, expectedVersion: Int?) async throws
    /// Removes every contact of the list and returns how many there were.
    func empty(id: Int64, tenantID: Int64) async throws -> Int

    /// How many contacts each list holds and which of the tenant's campaigns use it, for a
    /// table of lists; a list the tenant cannot see is left out.
    func overview(listIDs: [Int64], tenantID: Int64) async throws -> [Int64: ListOverview]

    /// The lists offered to a tenant, pending or accepted, in list order.
    func offers(tenantID: Int64) async throws -> [ShareOffer]
    /// Accepts an offer, so the list shows in the tenant; accepting twice changes nothing.
    func accept(listID: Int64, tenantID: Int64) async throws -> ShareOffer
    /// Declines a pending offer or leaves an accepted share; the owner's list is untouched.
    func decline(listID: Int64, tenantID: Int64) async throws
}

/// A list's figures beside its settings, as the table of lists shows them.
public struct ListOverview: Sendable, Equatable {
    public var contacts: Int
    /// The names of the viewing tenant's campaigns that use the list, in name order.
    public var campaigns: [String]
}
