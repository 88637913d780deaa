import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// The Lists pages: the table of lists, a new list, one list with its fields, deleting one.
struct ListPages {
    let store: Store
    let pages: PageRenderer

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("lists", use: table)
        group.get("lists/new", use: newList)
        group.post("lists", use: create)
        group.get("lists/:id", use: show)
        group.post("lists/:id/enabled", use: toggle)
        group.get("lists/:id/delete", use: confirmDelete)
        group.post("lists/:id/delete", use: delete)
    }

    struct TableModel {
        struct Row {
            var name: String
            var href: String
            var owner: String
            var timeZone: String
            var region: String
            var contacts: String
            var enabled: Bool
            var campaigns: String
            var importHref: String
            var toggleHref: String
            var version: Int
            var writable: Bool
        }

        var page: Chrome
        var rows: [Row]
        var canManage: Bool
        var newList = AdminLink.newList.href
        var notice: String?
    }

    @Sendable func table(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readLists)
        let lists = try await store.lists.list(tenantID: principal.tenantID, page: PageRequest(limit: PageRequest.maximumLimit)).items
        let overview = try await store.lists.overview(listIDs: lists.map(\.id), tenantID: principal.tenantID)
        let canManage = principal.role.allows(.manageLists)
        let rows = lists.map { list in
            TableModel.Row(
                name: list.settings.name, href: AdminLink.list(list.id).href, owner: list.settings.owner, timeZone: list.settings.timeZone,
                region: list.settings.defaultRegion ?? "", contacts: PageText.count(overview[list.id]?.contacts ?? 0),
                enabled: list.settings.enabled, campaigns: (overview[list.id]?.campaigns ?? []).joined(separator: ", "),
                importHref: AdminLink.importFile(list.id).href, toggleHref: AdminLink.list(list.id).href + "/enabled", version: list.version,
                writable: canManage && list.tenantID == principal.tenantID)
        }
        let notice = request.uri.queryParameters["deleted"].map { "List \($0) was deleted with its contacts." }
        return pages.render("lists", TableModel(page: Chrome(context, title: "Lists", section: .lists), rows: rows, canManage: canManage, notice: notice))
    }

    struct FormModel {
        var page: Chrome
        var values: [String: String]
        var errors: [String: String]
        var message: String?
        var action = AdminLink.lists.href
        var cancel = AdminLink.lists.href
    }

    static let formFields = ["name", "description", "owner", "timeZone", "defaultRegion"]

    @Sendable func newList(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.principal(requiring: .manageLists)
        return pages.render("list-form", FormModel(page: Chrome(context, title: "New list", section: .lists), values: ["timeZone": "UTC", "enabled": "on"], errors: [:]))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        let form = try await WebForm.read(request)
        var values = Dictionary(uniqueKeysWithValues: Self.formFields.map { ($0, form[$0] ?? "") })
        if form.isChecked("enabled") { values["enabled"] = "on" }
        if form.isChecked("keepInvalidNumbers") { values["keepInvalidNumbers"] = "on" }
        func again(_ message: String?, _ errors: [String: String], status: HTTPResponse.Status) -> Response {
            pages.render("list-form", FormModel(page: Chrome(context, title: "New list", section: .lists), values: values, errors: errors, message: message), status: status)
        }
        guard form.carriesToken(context.session?.csrfToken) else {
            return again(FormFailure.staleToken, [:], status: .forbidden)
        }
        func optional(_ name: String) -> String? { values[name].flatMap { $0.isEmpty ? nil : $0 } }
        let input = ListInput(
            name: values["name"], description: optional("description"), owner: optional("owner"), timeZone: optional("timeZone"),
            defaultRegion: optional("defaultRegion"), enabled: form.isChecked("enabled"), keepInvalidNumbers: form.isChecked("keepInvalidNumbers"))
        do {
            let list = try await ContactLists.create(input, by: principal, store: store)
            return .seeOther(.list(list.id))
        } catch {
            let failure = try FormFailure(error)
            return again(failure.message, failure.fields, status: failure.status)
        }
    }

    struct ShowModel {
        struct Field {
            var name: String
            var displayName: String
            var type: String
            var required: Bool
            var unique: Bool
        }

        var page: Chrome
        var id: Int64
        var name: String
        var description: String
        var owner: String
        var timeZone: String
        var region: String
        var enabled: Bool
        var dedupKey: String
        var contacts: String
        var campaigns: String
        var fields: [Field]
        var canManage: Bool
        var importHref: String
        var deleteHref: String
        var processesHref: String
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readLists)
        let list = try await existing(context, principal)
        let overview = try await store.lists.overview(listIDs: [list.id], tenantID: principal.tenantID)[list.id]
        let model = ShowModel(
            page: Chrome(context, title: list.settings.name, section: .lists), id: list.id, name: list.settings.name,
            description: list.settings.description, owner: list.settings.owner, timeZone: list.settings.timeZone,
            region: list.settings.defaultRegion ?? "", enabled: list.settings.enabled, dedupKey: list.settings.dedupKey.rawValue,
            contacts: PageText.count(overview?.contacts ?? 0), campaigns: (overview?.campaigns ?? []).joined(separator: ", "),
            fields: list.schema.map { ShowModel.Field(name: $0.name, displayName: $0.displayName, type: $0.type.rawValue, required: $0.required, unique: $0.unique) },
            canManage: principal.role.allows(.manageLists) && list.tenantID == principal.tenantID,
            importHref: AdminLink.importFile(list.id).href, deleteHref: AdminLink.deleteList(list.id).href,
            processesHref: AdminLink.processes.href + "?list=\(list.id)")
        return pages.render("list", model)
    }

    @Sendable func toggle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        let id = try context.parameters.id("id", of: "list")
        let form = try await WebForm.read(request)
        guard form.carriesToken(context.session?.csrfToken) else { throw FormFailure.refusedToken }
        let enabled = form["enabled"] == "true"
        _ = try await store.lists.update(id: id, tenantID: principal.tenantID, expectedVersion: form["version"].flatMap(Int.init)) {
            try ListRules.apply(ListInput(enabled: enabled), to: $0.settings, schema: $0.schema, ownTenant: principal.tenantID)
        }
        return .seeOther(.lists)
    }

    struct DeleteModel {
        var page: Chrome
        var name: String
        var contacts: String
        var campaigns: String
        var version: Int
        var action: String
        var cancel: String
        var message: String?
    }

    @Sendable func confirmDelete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        let list = try await existing(context, principal)
        return pages.render("list-delete", try await deleteModel(list, principal, context, message: nil))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageLists)
        let list = try await existing(context, principal)
        let form = try await WebForm.read(request)
        guard form.carriesToken(context.session?.csrfToken) else {
            return pages.render("list-delete", try await deleteModel(list, principal, context, message: FormFailure.staleToken), status: .forbidden)
        }
        do {
            try await ContactLists.delete(id: list.id, expectedVersion: form["version"].flatMap(Int.init), by: principal, store: store)
        } catch {
            let failure = try FormFailure(error)
            let current = try await existing(context, principal)
            return pages.render("list-delete", try await deleteModel(current, principal, context, message: failure.message), status: failure.status)
        }
        return .seeOther(AdminLink.lists.href + "?deleted=" + PageText.percentEncoded(list.settings.name))
    }

    private func deleteModel(_ list: ContactList, _ principal: Principal, _ context: AppRequestContext, message: String?) async throws -> DeleteModel {
        let overview = try await store.lists.overview(listIDs: [list.id], tenantID: principal.tenantID)[list.id]
        return DeleteModel(
            page: Chrome(context, title: "Delete \(list.settings.name)", section: .lists), name: list.settings.name,
            contacts: PageText.count(overview?.contacts ?? 0), campaigns: (overview?.campaigns ?? []).joined(separator: ", "),
            version: list.version, action: AdminLink.deleteList(list.id).href, cancel: AdminLink.list(list.id).href, message: message)
    }

    private func existing(_ context: AppRequestContext, _ principal: Principal) async throws -> ContactList {
        let id = try context.parameters.id("id", of: "list")
        guard let list = try await store.lists.find(id: id, tenantID: principal.tenantID) else {
            throw DomainError.notFound("list \(id) does not exist")
        }
        return list
    }
}
