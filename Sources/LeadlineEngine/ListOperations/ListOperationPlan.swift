import Foundation
import LeadlineCore
import LeadlineStore

/// What a list operation will work on, read from the store: checked when the request comes (so a
/// bad one answers 400) and again when the process runs (lists may have changed meanwhile).
public struct ListOperationPlan: Sendable {
    public var selection: ContactSelection
    /// The filter with the include options (as `selection.written` holds it), in the text form.
    public var filterText: String
    /// Contacts selected before contacts in progress and exclusions are left out.
    public var total: Int

    /// - Parameter destinationPending: a new list will be the destination once the plan resolves.
    public static func resolve(
        _ operation: ListOperation, tenantID: Int64, store: Store, now: Date, destinationPending: Bool = false
    ) async throws -> ListOperationPlan {
        try operation.check(destinationPending: destinationPending)
        let selection = try await ContactSelection.resolve(
            lists: operation.sources, written: operation.selection(try FilterJSON.read(operation.filter)), tenantID: tenantID, store: store, now: now)
        for id in operation.excludeLists {
            guard try await store.lists.find(id: id, tenantID: tenantID) != nil else { throw DomainError.notFound("list \(id) does not exist") }
        }
        for id in (operation.touchesSources ? operation.sources : []) + (operation.destination.map { [$0] } ?? []) {
            _ = try await store.lists.writable(id: id, tenantID: tenantID)
        }
        if let match = operation.excludeMatch, !["phone", "email", "external_id"].contains(match) {
            guard let field = selection.fields.first(where: { $0.name == match }) else {
                throw ValidationFailure(field: "excludeMatch", reason: "'\(match.prefix(64))' is neither phone, email, external_id nor a field of the source lists")
            }
            guard [.text, .choice, .email, .phone].contains(field.type) else {
                throw ValidationFailure(field: "excludeMatch", reason: "'\(field.name)' holds \(field.type.rawValue) values; match on a text field")
            }
        }
        if let fields = operation.fields {
            for name in fields.keys where !selection.fields.contains(where: { $0.name == name }) {
                throw ValidationFailure(field: "fields.\(name.prefix(64))", reason: "is not a field of the source lists")
            }
        }
        let total = try await store.contacts.count(listIDs: selection.lists.map(\.id), filter: selection.filter, tenantID: tenantID)
        return ListOperationPlan(selection: selection, filterText: FilterText.format(selection.written), total: min(total, operation.limit ?? Int.max))
    }

    /// The backup's columns: every part of the source lists' contacts, as wide as the widest
    /// needs. Read only when the process runs, since it looks at every contact.
    func backupColumns(store: Store, tenantID: Int64) async throws -> [ExportColumn] {
        var widestEmails = 0
        var widestPhones = 0
        for list in selection.lists {
            let widest = try await store.contacts.widest(listID: list.id, tenantID: tenantID)
            widestEmails = max(widestEmails, widest.emails)
            widestPhones = max(widestPhones, widest.phones)
        }
        var combined = selection.lists[0]
        combined.schema = selection.fields
        return ExportColumn.all(of: combined, emails: widestEmails, phones: widestPhones)
    }
}
