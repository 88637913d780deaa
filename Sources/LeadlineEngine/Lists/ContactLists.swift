import LeadlineCore
import LeadlineStore

/// Making and removing lists: the steps the API, the web admin and the CLI share.
public enum ContactLists {
    /// A new list of the principal's tenant, its schema a copy of the tenant's field catalog.
    public static func create(_ input: ListInput, by principal: Principal, store: Store) async throws -> ContactList {
        try principal.require(.manageLists)
        let catalog = try await store.fields.list(tenantID: principal.tenantID).map(\.definition)
        let settings = try ListRules.create(input, schema: catalog, ownTenant: principal.tenantID)
        return try await store.lists.create(settings, tenantID: principal.tenantID)
    }

    /// Deletes a list and its contacts; `expectedVersion` guards against a change made meanwhile.
    public static func delete(id: Int64, expectedVersion: Int?, by principal: Principal, store: Store) async throws {
        try principal.require(.manageLists)
        try await store.lists.delete(id: id, tenantID: principal.tenantID, expectedVersion: expectedVersion)
    }
}
