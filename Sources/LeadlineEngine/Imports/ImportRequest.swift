import LeadlineCore
import LeadlineStore

/// The checks an import's settings pass when it is asked for, so that a mistake is a 400 or a
/// 403 at once rather than a failed process later.
public enum ImportRequest {
    public static func check(_ settings: ImportSettings, into list: ContactList, tenantID: Int64, store: Store) async throws {
        _ = try await template(of: settings, tenantID: tenantID, store: store)
        try settings.rules.checkReach(listOwner: list.tenantID, tenantID: tenantID)
    }

    /// The mapping of the saved template the settings name, when they name one and give no mapping of their own.
    static func template(of settings: ImportSettings, tenantID: Int64, store: Store) async throws -> [String: String]? {
        guard settings.mapping == nil, let name = settings.template else { return nil }
        guard let saved = try await store.mappingTemplates.find(name: name, tenantID: tenantID) else {
            throw ValidationFailure(field: "template", reason: "no mapping template is named '\(name.prefix(100))'")
        }
        return saved.mapping
    }
}
