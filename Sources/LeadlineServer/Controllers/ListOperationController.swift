import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/list-operations`: the contact management tool — copy, move, remove, update or reset
/// the contacts of some lists that a filter and the include and exclude options select — as a
/// process, and its preview.
struct ListOperationController {
    let store: Store
    let body: JSONBody
    let runner: ProcessRunner

    struct OperationInput: ClosedInput {
        var action: ListOperation.Action
        var sources: [Int64]
        var filter: JSONValue?
        var template: String?
        var createdFrom: String?
        var createdTo: String?
        var completionCodes: [String]?
        var limit: Int?
        var excludeLists: [Int64]?
        var excludeMatch: String?
        /// An existing list's id.
        var destination: Int64?
        /// The name of a new list made for a copy or a move, with the first source list's fields.
        var newList: String?
        var mergeRule: ImportRules.MergeRule?
        var fields: [String: JSONValue]?
        var attemptsLeft: Int?
        /// Work that changes or removes contacts of whole lists must be confirmed.
        var confirmAll: Bool?
        var scheduledAt: String?
        enum CodingKeys: String, CodingKey, CaseIterable {
            case action, sources, filter, template, createdFrom, createdTo, completionCodes, limit, excludeLists, excludeMatch
            case destination, newList, mergeRule, fields, attemptsLeft, confirmAll, scheduledAt
        }
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post(use: start)
        group.post("preview", use: preview)
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let input = try await body.decode(OperationInput.self, from: request)
        let scheduledAt = try ScheduledTime.read(input.scheduledAt)
        var operation = try await operation(from: input, principal: principal)
        let plan = try await ListOperationPlan.resolve(
            operation, tenantID: principal.tenantID, store: store, now: Date(), destinationPending: input.newList != nil)
        if operation.touchesSources && operation.takesWholeLists(plan.selection.written) && input.confirmAll != true {
            throw ValidationFailure(
                field: "confirmAll", reason: "nothing narrows this \(operation.action.rawValue) to fewer than every contact of the lists; send confirmAll: true to mean them all")
        }
        if let name = input.newList {
            var settings = ListSettings(name: name, defaultRegion: plan.selection.lists[0].settings.defaultRegion)
            settings.timeZone = plan.selection.lists[0].settings.timeZone
            var list = try await store.lists.create(settings, tenantID: principal.tenantID)
            for field in plan.selection.fields where list.field(named: field.name) == nil {
                list = try await store.lists.addField(field, listID: list.id, tenantID: principal.tenantID, expectedVersion: nil)
            }
            operation.destination = list.id
        }
        let process = try await store.processes.create(NewProcess(
            tenantID: principal.tenantID, listID: operation.destination ?? operation.sources[0], actor: principal.actor,
            scheduledAt: scheduledAt, fileName: nil, inputPath: nil, settings: .listOperation(operation)))
        runner.wake()
        return try JSONResponse.accepted(process)
    }

    /// The count the filter and include options select, and the first contacts.
    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let input = try await body.decode(OperationInput.self, from: request)
        let operation = try await operation(from: input, principal: principal)
        let plan = try await ListOperationPlan.resolve(
            operation, tenantID: principal.tenantID, store: store, now: Date(), destinationPending: input.newList != nil)
        let contacts = try await plan.selection.first(20, tenantID: principal.tenantID, store: store)
            .map { contact, list in ContactResource(contact, listZone: list.settings.timeZone) }
        return try JSONResponse.make(FilterPreviewResource(count: plan.total, text: plan.filterText, contacts: contacts))
    }

    /// The operation a request asks for, its template resolved to the filter it holds now.
    private func operation(from input: OperationInput, principal: Principal) async throws -> ListOperation {
        if input.destination != nil && input.newList != nil {
            throw ValidationFailure(field: "newList", reason: "give destination or newList, not both")
        }
        if let name = input.newList, name.trimmingWhitespace.isEmpty || name.count > 100 {
            throw ValidationFailure(field: "newList", reason: "must be 1 to 100 characters")
        }
        // The lists and the filter's fields are checked with the rest of the operation, by its plan.
        let written = try await ContactSelection.written(filter: input.filter, template: input.template, tenantID: principal.tenantID, store: store)
        return ListOperation(
            action: input.action, sources: input.sources, filter: written, createdFrom: input.createdFrom, createdTo: input.createdTo,
            completionCodes: input.completionCodes, limit: input.limit, excludeLists: input.excludeLists ?? [], excludeMatch: input.excludeMatch,
            destination: input.destination, mergeRule: input.mergeRule ?? .updateFields, fields: input.fields, attemptsLeft: input.attemptsLeft ?? 3)
    }
}
