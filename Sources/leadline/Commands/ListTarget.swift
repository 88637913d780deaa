import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineStore

/// The tenant a command works on: `--tenant` by id or name, the first tenant when absent.
struct TenantOption: ParsableArguments {
    @Option(help: "The tenant, by id or name (default: the first tenant).") var tenant: String?

    func resolve(in store: Store) async throws -> Tenant {
        let tenants = try await store.tenants.all()
        if let tenant {
            guard let found = tenants.first(where: { String($0.id) == tenant || $0.name == tenant }) else {
                throw ValidationError("no tenant is named or numbered '\(tenant)'")
            }
            return found
        }
        guard let first = tenants.first else { throw ValidationError("the store has no tenant yet; run leadline serve once, or leadline tenant create NAME") }
        return first
    }
}

/// The tenant and list a file command works on: `--list` by id or name in the `--tenant`.
struct ListTarget: ParsableArguments {
    @Option(help: "The list, by id or name.") var list: String
    @OptionGroup var owner: TenantOption

    func tenant(in store: Store) async throws -> Tenant {
        try await owner.resolve(in: store)
    }

    /// The list, or nil when none has that id or name.
    func find(tenantID: Int64, in store: Store) async throws -> ContactList? {
        if let id = Int64(list), let found = try await store.lists.find(id: id, tenantID: tenantID) { return found }
        var cursor: Cursor?
        repeat {
            let page = try await store.lists.list(tenantID: tenantID, page: PageRequest(limit: PageRequest.maximumLimit, after: cursor))
            if let found = page.items.first(where: { $0.settings.name == list }) { return found }
            cursor = page.nextCursor
        } while cursor != nil
        return nil
    }
}
