import LeadlineCore
import LeadlineStore

/// The checks an import's settings pass when it is asked for, so that a mistake is a 400 or a
/// 403 at once rather than a failed process later.
public enum ImportRequest {
    public static func check(_ settings: ImportSettings, into list: ContactList, tenantID: Int64, store: Store) async throws {
        if settings.mapping == nil, let name = settings.template,
            try await store.mappingTemplates.find(name: name, tenantID: tenantID) == nil
        {
            throw ValidationFailure(field: "template", reason: "no mapping template is named '\(name.prefix(100))'")
        }
        if list.tenantID != tenantID, settings.rules.updateOtherLists || settings.rules.moveFromOtherLists {
            throw DomainError.forbidden(
                "updateOtherLists and moveFromOtherLists reach the other lists of the list's owner; only the owner may use them")
        }
    }
}
