import Foundation
import LeadlineCore
import LeadlineStore

/// "These contacts": some of the tenant's lists and a filter checked against their fields. What
/// previews count and what bulk work walks.
public struct ContactSelection: Sendable {
    public var lists: [ContactList]
    /// The filter as written, for reports and backups.
    public var written: Filter
    public var filter: CheckedFilter
    /// The custom fields of the lists; a field of several lists is typed by the first that has it.
    public var fields: [FieldDefinition]

    /// Reads a selection as a request names it: list ids, and a filter in the JSON or text form
    /// or a saved template's name (or neither, for every contact of the lists).
    public static func resolve(
        lists ids: [Int64], filter: JSONValue?, template: String?, tenantID: Int64, store: Store, now: Date
    ) async throws -> ContactSelection {
        let written = try await written(filter: filter, template: template, tenantID: tenantID, store: store)
        return try await resolve(lists: ids, written: written, tenantID: tenantID, store: store, now: now)
    }

    /// The selection of `written` in the lists, checked against their fields.
    public static func resolve(lists ids: [Int64], written: Filter, tenantID: Int64, store: Store, now: Date) async throws -> ContactSelection {
        guard !ids.isEmpty, ids.count <= ContactSelectionLimits.lists else {
            throw ValidationFailure(field: "lists", reason: "must name 1 to \(ContactSelectionLimits.lists) lists")
        }
        var lists: [ContactList] = []
        for id in Set(ids).sorted() {
            guard let list = try await store.lists.find(id: id, tenantID: tenantID) else {
                throw DomainError.notFound("list \(id) does not exist")
            }
            lists.append(list)
        }
        var fields: [FieldDefinition] = []
        for field in lists.flatMap(\.schema) where !fields.contains(where: { $0.name == field.name }) { fields.append(field) }
        return ContactSelection(
            lists: lists, written: written, filter: try FilterCheck.check(written, fields: fields, defaultRegion: lists[0].settings.defaultRegion, now: now),
            fields: fields)
    }

    /// The filter a request names: in the JSON or text form, or by a saved template's name (the
    /// filter it holds now), or none for every contact.
    public static func written(filter: JSONValue?, template: String?, tenantID: Int64, store: Store) async throws -> Filter {
        switch (filter, template) {
        case (.some, .some):
            throw ValidationFailure(field: "template", reason: "give a filter or a template, not both")
        case (.some(let value), nil):
            return try FilterJSON.read(value)
        case (nil, .some(let name)):
            guard let saved = try await store.filterTemplates.find(name: name, tenantID: tenantID) else {
                throw ValidationFailure(field: "template", reason: "no filter template is named '\(name.prefix(100))'")
            }
            return saved.filter
        case (nil, nil):
            return .everything
        }
    }

    /// The first `limit` contacts the selection holds, list by list, each with its list.
    public func first(_ limit: Int, tenantID: Int64, store: Store) async throws -> [(Contact, ContactList)] {
        var found: [(Contact, ContactList)] = []
        for list in lists where found.count < limit {
            let batch = try await store.contacts.batch(
                listID: list.id, tenantID: tenantID, statuses: nil, filter: filter, after: 0, limit: limit - found.count)
            found += batch.map { ($0, list) }
        }
        return found
    }
}
