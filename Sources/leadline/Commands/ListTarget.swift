import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// The tenant a command works on: `--tenant` by id or name, the first tenant when absent (the
/// default tenant a new store gets, as `serve` makes it).
struct TenantOption: ParsableArguments {
    @Option(help: "The tenant, by id or name (default: the first tenant).") var tenant: String?

    func resolve(in store: Store) async throws -> Tenant {
        let first = try await FirstStart.run(store: store).tenant
        guard let tenant else { return first }
        guard let found = try await store.tenants.all().first(where: { String($0.id) == tenant || $0.name == tenant }) else {
            throw CommandFailure("no tenant is named or numbered '\(tenant)'")
        }
        return found
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
        try await Self.find(list, tenantID: tenantID, in: store)
    }

    /// The list with id or name `list`, or nil.
    static func find(_ list: String, tenantID: Int64, in store: Store) async throws -> ContactList? {
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
