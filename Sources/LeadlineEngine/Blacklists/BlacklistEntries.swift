import LeadlineCore
import LeadlineStore

/// Adding one do-not-contact entry, as the API and the CLI do it.
public enum BlacklistEntries {
    /// Adds the entry, or replaces the one with its URI and medium; a number written without `+`
    /// is read in `region`, else in the tenant's default region. The saved entry, and whether it is new.
    public static func add(
        uri: String, medium: String?, name: String?, reason: String?, expires: String?, region: String?, tenantID: Int64, actor: String,
        store: Store
    ) async throws -> (entry: BlacklistEntry, created: Bool) {
        let home = try await store.tenants.defaultRegion(of: tenantID, unless: region)
        let entry = try BlacklistEntry.Input.read(uri: uri, medium: medium, name: name, reason: reason, expires: expires, defaultRegion: home)
        let added = try await store.blacklist.add([entry], tenantID: tenantID, actor: actor)
        guard let saved = try await store.blacklist.find(uri: entry.uri, medium: entry.medium, tenantID: tenantID) else {
            throw DomainError.notFound("the entry for \(entry.uri) is gone")
        }
        return (saved, added == 1)
    }
}

extension TenantRepository {
    /// `region` when given, else the tenant's default region: where a national number is read.
    func defaultRegion(of tenantID: Int64, unless region: String?) async throws -> String? {
        if let region { return region }
        return try await find(id: tenantID)?.defaultRegion
    }
}
