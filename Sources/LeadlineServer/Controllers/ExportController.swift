import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// Exports of a list: `POST /api/v1/lists/{id}/exports` starts a process that writes the file;
/// `GET /api/v1/lists/{id}/export` streams it straight to the client.
struct ExportController {
    let store: Store
    let body: JSONBody
    let runner: ProcessRunner

    struct ExportInput: ClosedInput {
        var separator: String?
        var header: Bool?
        var encoding: String?
        var fields: NameList?
        var status: NameList?
        /// The name `status` had before it was the query string's; still read.
        var statuses: NameList?
        /// The JSON or the text form.
        var filter: JSONValue?
        var scheduledAt: String?
        enum CodingKeys: String, CodingKey, CaseIterable { case separator, header, encoding, fields, status, statuses, filter, scheduledAt }
    }

    func register(on lists: RouterGroup<AppRequestContext>) {
        lists.post(":id/exports", use: start)
        lists.get(":id/export", use: stream)
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let listID = try context.parameters.id("id", of: "list")
        let input = try await body.decode(ExportInput.self, from: request)
        let scheduledAt = try ScheduledTime.read(input.scheduledAt)
        let defaults = ExportSettings()
        let settings = ExportSettings(
            separator: input.separator ?? defaults.separator, header: input.header ?? defaults.header,
            encoding: input.encoding ?? defaults.encoding, fields: input.fields?.names,
            statuses: try (input.status ?? input.statuses).map { try $0.names.map { try ContactStatus.parse($0) } },
            filter: try input.filter.map { try FilterJSON.read($0) })
        let export = try ContactExport(listID: listID, tenantID: principal.tenantID, settings: settings)
        try await checkColumns(export, principal: principal)
        let process = try await store.processes.create(NewProcess(
            tenantID: principal.tenantID, listID: listID, actor: principal.actor, scheduledAt: scheduledAt, fileName: nil, inputPath: nil,
            settings: .export(settings)))
        runner.wake()
        return try JSONResponse.accepted(process)
    }

    @Sendable func stream(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let listID = try context.parameters.id("id", of: "list")
        let query = request.queryValues
        let known: Set<String> = ["separator", "header", "encoding", "fields", "status", "filter"]
        if let unknown = query.keys.first(where: { !known.contains($0) }) {
            throw Problem.invalid([FieldIssue(field: String(unknown.prefix(64)), reason: "is not an export setting; known: \(known.sorted().joined(separator: ", "))")])
        }
        let statuses = try query["status"].map { try NameList(text: $0).names.map { try ContactStatus.parse($0) } }
        let header = query["header"].map(parseFlag) ?? true
        guard let header else { throw Problem.invalid([FieldIssue(field: "header", reason: "must be true or false")]) }
        let settings = ExportSettings(
            separator: query["separator"] ?? ",", header: header, encoding: query["encoding"] ?? "utf8",
            fields: query["fields"].map { NameList(text: $0).names }, statuses: statuses,
            filter: try query["filter"].map { try FilterText.parse($0) })
        let export = try ContactExport(listID: listID, tenantID: principal.tenantID, settings: settings)
        try await checkColumns(export, principal: principal)
        let store = self.store
        let body = ResponseBody { writer in
            try await export.write(store: store, emit: { bytes in
                try await writer.write(ByteBuffer(bytes: bytes))
                bytes.removeAll(keepingCapacity: true)
            })
            try await writer.finish(nil)
        }
        let name = ProcessFiles.exportName(listID: listID, at: Date())
        return Response(
            status: .ok, headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\""], body: body)
    }

    /// Problems with the list, the columns or the filter answer before any byte of the file is sent.
    private func checkColumns(_ export: ContactExport, principal: Principal) async throws {
        guard let list = try await store.lists.find(id: export.listID, tenantID: principal.tenantID) else {
            throw DomainError.notFound("list \(export.listID) does not exist")
        }
        if let names = export.settings.fields { _ = try ExportColumn.named(names, in: list) }
        _ = try export.checkedFilter(of: list, now: Date())
    }
}
