import Hummingbird
import LeadlineCore
import LeadlineStore

/// Contacts: `/api/v1/lists/{id}/contacts`, `/api/v1/contacts/{id}`, its history, and search.
struct ContactController {
    let store: Store
    let body: JSONBody

    /// The query parameters search understands besides `field.NAME`.
    static let searchParameters: Set<String> = ["list", "name", "phone", "email", "status", "filter", "limit", "cursor"]

    func register(lists: RouterGroup<AppRequestContext>, contacts: RouterGroup<AppRequestContext>) {
        lists.get(":id/contacts", use: listContacts)
        lists.post(":id/contacts", use: create)
        contacts.get("search", use: search)
        contacts.get(":id", use: find)
        contacts.patch(":id", use: update)
        contacts.delete(":id", use: delete)
        contacts.get(":id/history", use: history)
    }

    @Sendable func listContacts(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let listID = try context.parameters.id("id", of: "list")
        let status = try request.uri.queryParameters["status"].map { try ContactStatus.parse(String($0)) }
        let page = try await store.contacts.list(listID: listID, tenantID: principal.tenantID, status: status, page: try request.pageRequest())
        return try await respond(with: page, principal: principal)
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let listID = try context.parameters.id("id", of: "list")
        let input = try await body.decode(ContactInput.self, from: request)
        let contact = try await store.contacts.create(listID: listID, tenantID: principal.tenantID, actor: principal.actor) {
            try ContactRules.create(input, list: $0)
        }
        return try await respond(with: contact, principal: principal, status: .created)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let id = try context.parameters.id("id", of: "contact")
        guard let contact = try await store.contacts.find(id: id, tenantID: principal.tenantID) else {
            throw DomainError.notFound("contact \(id) does not exist")
        }
        return try await respond(with: contact, principal: principal)
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let id = try context.parameters.id("id", of: "contact")
        let expected = try request.expectedVersion()
        let input = try await body.decode(ContactInput.self, from: request)
        let contact = try await store.contacts.update(id: id, tenantID: principal.tenantID, expectedVersion: expected, actor: principal.actor) {
            try ContactRules.update(input, current: $0.content, list: $1)
        }
        return try await respond(with: contact, principal: principal)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let id = try context.parameters.id("id", of: "contact")
        try await store.contacts.delete(id: id, tenantID: principal.tenantID, expectedVersion: try request.expectedVersion(), actor: principal.actor)
        return JSONResponse.noContent()
    }

    @Sendable func history(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let id = try context.parameters.id("id", of: "contact")
        let page = try await store.contacts.history(contactID: id, tenantID: principal.tenantID, page: try request.pageRequest())
        return try JSONResponse.make(PageResource(page, HistoryEventResource.init))
    }

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let query = request.uri.queryParameters
        var custom: [(field: String, value: String)] = []
        var issues = IssueCollector()
        for (key, value) in query {
            if key.hasPrefix("field.") {
                custom.append((String(key.dropFirst(6)), String(value)))
            } else if !Self.searchParameters.contains(String(key)) {
                issues.add(String(key.prefix(64)), "is not a search parameter; use list, name, phone, email, status, field.NAME, filter, limit, cursor")
            }
        }
        try issues.check()
        var listID: Int64?
        if let text = query["list"] {
            guard let id = Int64(text), id > 0 else { throw ValidationFailure(field: "list", reason: "must be a list id") }
            listID = id
        }
        let fields: [FieldDefinition]
        if let listID {
            guard let list = try await store.lists.find(id: listID, tenantID: principal.tenantID) else {
                throw DomainError.notFound("list \(listID) does not exist")
            }
            fields = list.schema
        } else {
            fields = try await store.fields.list(tenantID: principal.tenantID).map(\.definition)
        }
        let search = try ContactSearch.parse(
            listID: listID, name: query["name"].map(String.init), phone: query["phone"].map(String.init),
            email: query["email"].map(String.init), status: query["status"].map(String.init), custom: custom,
            filter: query["filter"].map(String.init), fields: fields, page: try request.pageRequest())
        let page = try await store.contacts.search(search, tenantID: principal.tenantID)
        return try await respond(with: page, principal: principal)
    }

    /// A single contact comes with its latest history events.
    private func respond(with contact: Contact, principal: Principal, status: HTTPResponse.Status = .ok) async throws -> Response {
        let history = try await store.contacts.history(
            contactID: contact.id, tenantID: principal.tenantID, page: PageRequest(limit: HistoryEvent.latestShown))
        let zones = try await listZones(of: [contact], principal: principal)
        return try JSONResponse.make(
            ContactResource(contact, listZone: zones[contact.listID] ?? "UTC", history: history.items), status: status, version: contact.version)
    }

    private func respond(with page: Page<Contact>, principal: Principal) async throws -> Response {
        let zones = try await listZones(of: page.items, principal: principal)
        return try JSONResponse.make(PageResource(page) { ContactResource($0, listZone: zones[$0.listID] ?? "UTC") })
    }

    /// The zone of each list the contacts belong to, the last resort of their calling zones.
    private func listZones(of contacts: [Contact], principal: Principal) async throws -> [Int64: String] {
        var zones: [Int64: String] = [:]
        for listID in Set(contacts.map(\.listID)) {
            zones[listID] = try await store.lists.find(id: listID, tenantID: principal.tenantID)?.settings.timeZone
        }
        return zones
    }
}
