import Foundation
import Hummingbird
import LeadlineCore
import LeadlineStore

/// Seed 003's Contact List Processes table and one process's page, both live while it runs.
struct ProcessPages {
    let store: Store
    let pages: PageRenderer

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("processes", use: table)
        group.get("processes/:id", use: show)
        group.get("processes/:id/progress", use: progress)
        group.post("processes/:id/cancel", use: cancel)
        group.get("processes/:id/file", use: file)
    }

    /// One process as a row of the table and as the head of its own page.
    struct Row {
        var id: Int64
        var href: String
        var scheduled: String
        var kind: String
        var list: String
        var listHref: String
        var user: String
        var state: String
        var live: Bool
        var progress: Int
        var started: String
        var ended: String
        var file: String
        var fileHref: String?
        var details: String
        var counts: String
        var cancelHref: String?

        init(_ process: ListProcess, listName: String?, canCancel: Bool) {
            id = process.id
            href = AdminLink.process(process.id).href
            scheduled = PageText.time(process.scheduledAt)
            kind = process.kind.rawValue.replacingOccurrences(of: "_", with: " ")
            list = listName ?? "list \(process.listID)"
            listHref = AdminLink.list(process.listID).href
            user = process.actor
            state = process.state.rawValue
            live = process.state == .pending || process.state == .running
            progress = process.progress
            started = PageText.time(process.startedAt)
            ended = PageText.time(process.endedAt)
            file = process.fileName ?? ""
            fileHref = process.hasResultFile ? AdminLink.processFile(process.id).href : nil
            details = process.details
            counts = Self.counts(process.counts)
            cancelHref = canCancel && live && !process.cancelRequested ? AdminLink.cancelProcess(process.id).href : nil
        }

        /// The counts that are not zero, as a person reads them: "read 1,000 · inserted 990 · rejected 10".
        static func counts(_ counts: ProcessCounts) -> String {
            let named: [(String, Int)] = [
                ("read", counts.read), ("inserted", counts.inserted), ("updated", counts.updated), ("unchanged", counts.unchanged),
                ("deleted", counts.deleted), ("rejected", counts.rejected), ("duplicates", counts.duplicates), ("exported", counts.exported),
                ("skipped", counts.skipped), ("excluded", counts.excluded),
            ]
            return named.filter { $0.1 > 0 }.map { "\($0.0) \(PageText.count($0.1))" }.joined(separator: " · ")
        }
    }

    struct TableModel {
        var page: Chrome
        var rows: [Row]
        var live: Bool
        var listName: String?
    }

    @Sendable func table(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let listID = request.uri.queryParameters["list"].flatMap { Int64($0) }
        let processes = try await store.processes.list(tenantID: principal.tenantID, listID: listID, page: PageRequest(limit: 200)).items
        let names = try await listNames(principal)
        let canCancel = principal.role.allows(.manageContacts)
        let rows = processes.map { Row($0, listName: names[$0.listID], canCancel: canCancel) }
        let model = TableModel(
            page: Chrome(context, title: "Processes", section: .processes), rows: rows, live: rows.contains(where: \.live),
            listName: listID.flatMap { names[$0] })
        return pages.render("processes", model)
    }

    struct ShowModel {
        var page: Chrome
        var process: Row
        var progressHref: String
        var notice: String?
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let process = try await existing(context, principal)
        let names = try await listNames(principal)
        let row = Row(process, listName: names[process.listID], canCancel: principal.role.allows(.manageContacts))
        let notice = request.uri.queryParameters["started"] != nil ? "The import is queued; this page follows it to the end." : nil
        return pages.render(
            "process", ShowModel(page: Chrome(context, title: "Process \(process.id)", section: .processes), process: row, progressHref: AdminLink.processProgress(process.id).href, notice: notice))
    }

    /// What the page's script polls while the process runs.
    struct Progress: ResponseEncodable {
        var state: String
        var live: Bool
        var progress: Int
        var counts: String
        var started: String
        var ended: String
        var details: String
        var fileHref: String?
    }

    @Sendable func progress(_ request: Request, context: AppRequestContext) async throws -> Progress {
        let principal = try context.principal(requiring: .readContacts)
        let row = Row(try await existing(context, principal), listName: nil, canCancel: false)
        return Progress(
            state: row.state, live: row.live, progress: row.progress, counts: row.counts, started: row.started, ended: row.ended,
            details: row.details, fileHref: row.fileHref)
    }

    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let id = try context.parameters.id("id", of: "process")
        let form = try await WebForm.read(request)
        guard form.carriesToken(context.session?.csrfToken) else { throw FormFailure.refusedToken }
        _ = try await store.processes.cancel(id: id, tenantID: principal.tenantID)
        return .seeOther(.process(id))
    }

    @Sendable func file(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let id = try context.parameters.id("id", of: "process")
        return try await ProcessFileDownload.response(processID: id, tenantID: principal.tenantID, store: store, context: context)
    }

    private func existing(_ context: AppRequestContext, _ principal: Principal) async throws -> ListProcess {
        let id = try context.parameters.id("id", of: "process")
        guard let process = try await store.processes.find(id: id, tenantID: principal.tenantID) else {
            throw DomainError.notFound("process \(id) does not exist")
        }
        return process
    }

    private func listNames(_ principal: Principal) async throws -> [Int64: String] {
        let lists = try await store.lists.list(tenantID: principal.tenantID, page: PageRequest(limit: PageRequest.maximumLimit)).items
        return Dictionary(uniqueKeysWithValues: lists.map { ($0.id, $0.settings.name) })
    }
}
