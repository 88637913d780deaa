import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/blacklist`: the tenant's do-not-contact entries, a check for one number or address,
/// and the whole list in and out as CSV.
struct BlacklistController {
    let store: Store
    let body: JSONBody
    let files: ProcessFiles
    let uploads: UploadReceiver

    struct EntryInput: ClosedInput {
        var uri: String
        var medium: String?
        var name: String?
        var reason: String?
        var expires: String?
        /// The region of a number written without `+`.
        var region: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case uri, medium, name, reason, expires, region }
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: search)
        group.post(use: add)
        group.get("check", use: check)
        group.post("import", use: importFile)
        group.get("export", use: export)
        group.get(":id", use: find)
        group.delete(":id", use: remove)
    }

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let query = request.queryValues
        try Self.refuseUnknown(query, known: ["q", "limit", "cursor"])
        let page = try await store.blacklist.search(query["q"], tenantID: principal.tenantID, page: try request.pageRequest())
        return try JSONResponse.make(PageResource(page, BlacklistEntryResource.init))
    }

    @Sendable func add(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let input = try await body.decode(EntryInput.self, from: request)
        let (saved, created) = try await BlacklistEntries.add(
            uri: input.uri, medium: input.medium, name: input.name, reason: input.reason, expires: input.expires, region: input.region,
            tenantID: principal.tenantID, actor: principal.actor, store: store)
        return try JSONResponse.make(BlacklistEntryResource(saved), status: created ? .created : .ok)
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let id = try context.parameters.id("id", of: "blacklist entry")
        guard let entry = try await store.blacklist.find(id: id, tenantID: principal.tenantID) else {
            throw DomainError.notFound("blacklist entry \(id) does not exist")
        }
        return try JSONResponse.make(BlacklistEntryResource(entry))
    }

    @Sendable func remove(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        try await store.blacklist.remove(id: try context.parameters.id("id", of: "blacklist entry"), tenantID: principal.tenantID)
        return JSONResponse.noContent()
    }

    /// `?number=…` or `?email=…`, with `medium` (default any) and `region` for a national number.
    @Sendable func check(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let query = request.queryValues
        try Self.refuseUnknown(query, known: ["number", "email", "medium", "region"])
        let channel = try query["medium"].map { name in
            guard let medium = BlacklistMedium(rawValue: name) else { throw ValidationFailure(field: "medium", reason: "must be one of voice, sms, email, any") }
            return medium
        } ?? .any
        let value: BlacklistCheck.Value
        switch (query["number"], query["email"]) {
        case (let number?, nil): value = .number(number, region: query["region"])
        case (nil, let email?): value = .email(email)
        default: throw ValidationFailure(field: "number", reason: "give number or email, one of them")
        }
        let answer = try await BlacklistCheck.check(value, channel: channel, tenantID: principal.tenantID, store: store, at: Date())
        return try JSONResponse.make(BlacklistCheckResource(
            listed: answer.entry != nil, checked: answer.checked, medium: channel, blockedOn: answer.blockedOn,
            entry: answer.entry.map(BlacklistEntryResource.init)))
    }

    /// A CSV file as the raw body; `?region=US` reads numbers written without `+`.
    @Sendable func importFile(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let query = request.queryValues
        try Self.refuseUnknown(query, known: ["region"])
        let path = files.newUploadPath()
        defer { files.remove(path) }
        guard try await uploads.receive(request, to: path) > 0 else {
            throw ValidationFailure(field: "body", reason: "is empty; send the CSV file as the request body")
        }
        let outcome = try await BlacklistFile.importEntries(
            path: path, region: query["region"], tenantID: principal.tenantID, actor: principal.actor, store: store)
        return try JSONResponse.make(BlacklistImportResource(
            read: outcome.read, added: outcome.added, replaced: outcome.replaced, rejected: outcome.rejected,
            rejects: outcome.rejects.map { .init(line: $0.line, reason: $0.reason) }))
    }

    @Sendable func export(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let store = self.store
        let body = ResponseBody { writer in
            try await BlacklistFile.exportEntries(tenantID: principal.tenantID, store: store, emit: { bytes in
                try await writer.write(ByteBuffer(bytes: bytes))
                bytes.removeAll(keepingCapacity: true)
            })
            try await writer.finish(nil)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"blacklist.csv\""], body: body)
    }

    private static func refuseUnknown(_ query: [String: String], known: Set<String>) throws {
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw ValidationFailure(field: String(unknown.prefix(64)), reason: "is not a parameter here; known: \(known.sorted().joined(separator: ", "))")
        }
    }
}
