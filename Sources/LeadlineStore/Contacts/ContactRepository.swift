import LeadlineCore

/// Contacts, their unique keys and their history. Every call is scoped to the lists the tenant
/// can see; a contact elsewhere is reported missing, exactly like one that does not exist.
public protocol ContactRepository: Sendable {
    /// Creates a contact in a list; `build` turns the list into the new contact's content inside
    /// the transaction, so it validates against the schema that is current when the row is written.
    func create(
        listID: Int64, tenantID: Int64, actor: String, _ build: @Sendable (ContactList) throws -> ContactContent
    ) async throws -> Contact
    /// Creates many contacts of one list in one transaction, the way loaders do; contents must
    /// already be valid for the list. A unique value held twice fails the whole batch.
    /// Returns the new ids in the order of `contents`.
    func createMany(
        listID: Int64, tenantID: Int64, actor: String, kind: HistoryKind, _ contents: [ContactContent]
    ) async throws -> [Int64]
    func find(id: Int64, tenantID: Int64) async throws -> Contact?
    func list(listID: Int64, tenantID: Int64, status: ContactStatus?, page: PageRequest) async throws -> Page<Contact>
    func search(_ search: ContactSearch, tenantID: Int64) async throws -> Page<Contact>
    /// Changes a contact inside one transaction and records what changed.
    func update(
        id: Int64, tenantID: Int64, expectedVersion: Int?, actor: String,
        _ change: @Sendable (Contact, ContactList) throws -> ContactContent
    ) async throws -> Contact
    /// Deletes a contact that is not in progress, keeping it in the deleted-contacts report.
    func delete(id: Int64, tenantID: Int64, expectedVersion: Int?, actor: String) async throws
    /// The contact's events, newest first.
    func history(contactID: Int64, tenantID: Int64, page: PageRequest) async throws -> Page<HistoryEvent>
    /// Up to `limit` contacts of a list after `afterID` in id order, in the given states and
    /// passing the filter (all when nil): the walk of exports and bulk work, with no page cap.
    func batch(
        listID: Int64, tenantID: Int64, statuses: [ContactStatus]?, filter: CheckedFilter?, after afterID: Int64, limit: Int
    ) async throws -> [Contact]
    /// How many contacts of the lists pass the filter.
    func count(listIDs: [Int64], filter: CheckedFilter, tenantID: Int64) async throws -> Int
    /// The most emails and numbers any contact of the list has, for the columns of an export.
    func widest(listID: Int64, tenantID: Int64) async throws -> (emails: Int, phones: Int)
}
