import LeadlineCore
import LeadlineStore

/// Small builders the conformance cases share.
struct Fixtures {
    let store: Store

    func tenant(_ name: String = "acme") async throws -> Tenant {
        try await store.tenants.create(name: name)
    }

    func list(_ name: String = "Spring", tenant: Tenant, dedupKey: DedupKey = .externalID, sharedWith: [ShareGrant] = []) async throws -> ContactList {
        try await store.lists.create(ListSettings(name: name, dedupKey: dedupKey, sharedWith: sharedWith), tenantID: tenant.id)
    }

    func contact(_ input: ContactInput, in list: ContactList, tenant: Tenant) async throws -> Contact {
        try await store.contacts.create(listID: list.id, tenantID: tenant.id, actor: "test") { try ContactRules.create(input, list: $0) }
    }

    func search(_ tenant: Tenant, list: Int64? = nil, name: String? = nil, phone: String? = nil, email: String? = nil,
                status: String? = nil, custom: [(field: String, value: String)] = [], fields: [FieldDefinition] = [],
                limit: Int = 50, after: Cursor? = nil) async throws -> Page<Contact> {
        let search = try ContactSearch.parse(
            listID: list, name: name, phone: phone, email: email, status: status, custom: custom, fields: fields,
            page: PageRequest(limit: limit, after: after))
        return try await store.contacts.search(search, tenantID: tenant.id)
    }
}
