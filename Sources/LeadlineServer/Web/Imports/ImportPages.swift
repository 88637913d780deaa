import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// The import wizard: a file chosen or dropped; what was detected in it and a mapping table of
/// its first rows as they would be stored, each error on its cell; the rules; start; then the
/// process page follows it to the end. The file waits on disk between the steps.
struct ImportPages {
    let store: Store
    let files: ProcessFiles
    let runner: ProcessRunner
    let pages: PageRenderer
    let uploads: MultipartUpload
    let inflation: InflationCheck

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("lists/:id/import", use: chooseFile)
        group.post("lists/:id/import/preview", use: upload)
        group.post("lists/:id/import/start", use: start)
    }

    struct UploadModel {
        var page: Chrome
        var listName: String
        var action: String
        var limit: String
        var message: String?
    }

    @Sendable func chooseFile(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let list = try await store.lists.writable(id: try context.parameters.id("id", of: "list"), tenantID: principal.tenantID)
        return uploadPage(list, context, message: nil)
    }

    private func uploadPage(_ list: ContactList, _ context: AppRequestContext, message: String?, status: HTTPResponse.Status = .ok) -> Response {
        pages.render(
            "import-upload",
            UploadModel(
                page: Chrome(context, title: "Import into \(list.settings.name)", section: .lists), listName: list.settings.name,
                action: AdminLink.importPreview(list.id).href, limit: "\(uploads.maximumSize / 1_000_000) MB", message: message),
            status: status)
    }

    /// The file arrives, is kept under a token only its owner's form can name, and is previewed
    /// with everything detected.
    @Sendable func upload(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let list = try await store.lists.writable(id: try context.parameters.id("id", of: "list"), tenantID: principal.tenantID)
        guard let boundary = MultipartUpload.boundary(of: request) else {
            return uploadPage(list, context, message: "Choose a file to import.", status: .badRequest)
        }
        let staged = files.newStagedUpload(owner: try owner(context))
        let received: MultipartUpload.Received
        do {
            received = try await uploads.receive(request, boundary: boundary, to: staged.path)
        } catch let problem as Problem {
            return uploadPage(list, context, message: problem.detail, status: problem.status)
        }
        guard WebForm.sameToken(received.formToken, context.session?.csrfToken) else {
            files.remove(staged.path)
            return uploadPage(list, context, message: FormFailure.staleToken, status: .forbidden)
        }
        guard received.size > 0 else {
            files.remove(staged.path)
            return uploadPage(list, context, message: "The file is empty, or no file was chosen.", status: .badRequest)
        }
        do {
            try inflation.check(staged.path)
        } catch let problem as Problem {
            files.remove(staged.path)
            return uploadPage(list, context, message: problem.detail, status: problem.status)
        }
        let wizard = Wizard(token: staged.token, fileName: received.fileName ?? "upload.csv", values: [:])
        return try await previewPage(list, wizard, staged.path, context, principal)
    }

    /// What the form of the preview page carries from one step to the next.
    struct Wizard {
        var token: String
        var fileName: String
        /// The form's values as ImportQuery reads them.
        var values: [String: String]
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let list = try await store.lists.writable(id: try context.parameters.id("id", of: "list"), tenantID: principal.tenantID)
        let form = try await WebForm.read(request)
        guard let token = form["upload"], let path = files.stagedUpload(token, owner: try owner(context)) else {
            return uploadPage(list, context, message: "The uploaded file is no longer here (it was imported, or left for a day). Choose it again.", status: .gone)
        }
        let wizard = Wizard(token: token, fileName: String((form["fileName"] ?? "upload.csv").prefix(200)), values: Self.settingValues(form))
        guard form.carriesToken(context.session?.csrfToken) else {
            return try await previewPage(list, wizard, path, context, principal, message: FormFailure.staleToken, status: .forbidden)
        }
        let query: ImportQuery
        do {
            query = try ImportQuery(wizard.values)
        } catch {
            let failure = try FormFailure(error)
            return try await previewPage(list, wizard, path, context, principal, message: failure.message, errors: failure.fields, status: failure.status)
        }
        if form["action"] != "start" {
            return try await previewPage(list, wizard, path, context, principal)
        }
        do {
            if let name = form["saveTemplate"]?.trimmingWhitespace, !name.isEmpty {
                try await saveTemplate(name, mapping: query.settings.mapping ?? [:], principal)
            }
            // The process owns the file from here: a plain upload, no longer staged. A second name, so
            // that a refusal leaves the staged file for the form shown again.
            let owned = files.newUploadPath()
            try FileManager.default.linkItem(atPath: path, toPath: owned)
            let process = try await StartImport.run(
                path: owned, fileName: wizard.fileName, settings: query.settings, listID: list.id, scheduledAt: nil,
                by: principal, store: store, files: files, runner: runner)
            files.remove(path)
            return .seeOther(AdminLink.process(process.id).href + "?started=1")
        } catch {
            let failure = try FormFailure(error)
            guard let path = files.stagedUpload(token, owner: try owner(context)) else {
                return uploadPage(list, context, message: failure.message, status: failure.status)
            }
            return try await previewPage(list, wizard, path, context, principal, message: failure.message, errors: failure.fields, status: failure.status)
        }
    }

    private func saveTemplate(_ name: String, mapping: [String: String], _ principal: Principal) async throws {
        try principal.require(.manageContacts)
        _ = try await store.mappingTemplates.save(MappingTemplate.Input(name: name, mapping: mapping), tenantID: principal.tenantID)
    }

    /// The settings a preview page's form sends, in ImportQuery's names; each column's target
    /// comes as `map:<column>` and becomes the mapping.
    static func settingValues(_ form: WebForm) -> [String: String] {
        var values: [String: String] = [:]
        for key in ["separator", "encoding", "importRule", "updateRule", "mergeRule", "duplicates", "blacklist", "emptyCells"] {
            if let value = form[key], !value.isEmpty { values[key] = value }
        }
        for flag in ["hasHeader", "createFields", "emptyListFirst", "updateOtherLists", "moveFromOtherLists", "resetReuploaded"] {
            values[flag] = form.isChecked(flag) ? "true" : "false"
        }
        let columns = form.names.filter { $0.hasPrefix("map:") }
        if !columns.isEmpty {
            var mapping: [String: String] = [:]
            for name in columns { if let target = form[name], !target.isEmpty { mapping[String(name.dropFirst(4))] = target } }
            values["mapping"] = String(decoding: try! JSONEncoder().encode(mapping), as: UTF8.self)
        }
        return values
    }

    struct PreviewModel {
        struct Choice {
            var value: String
            var label: String
            var selected: Bool
        }

        struct Column {
            var name: String
            var field: String
            var targets: [Choice]
        }

        struct Cell {
            var text: String
            var error: String?
        }

        struct Row {
            var line: Int
            var cells: [Cell]
            var rejected: String?
        }

        struct Rule {
            var name: String
            var label: String
            var choices: [Choice]
        }

        struct Flag {
            var name: String
            var label: String
            var checked: Bool
        }

        var page: Chrome
        var listName: String
        var fileName: String
        var token: String
        var action: String
        var separator: String
        var encoding: String
        var hasHeader: Bool
        var region: String
        var columns: [Column]
        var rows: [Row]
        var rules: [Rule]
        var flags: [Flag]
        /// Nil when every column fills something.
        var unmapped: String?
        var mapsNothing: Bool
        var message: String?
        var errors: [String: String]
        var restart: String
    }

    private func previewPage(
        _ list: ContactList, _ wizard: Wizard, _ path: String, _ context: AppRequestContext, _ principal: Principal,
        message: String? = nil, errors: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let settings = (try? ImportQuery(wizard.values).settings) ?? ImportSettings()
        let columns: [PreviewModel.Column]
        let rows: [PreviewModel.Row]
        let detected: (separator: String, encoding: String, hasHeader: Bool, region: String, unmapped: [String])
        var message = message
        var errors = errors
        do {
            let preview = try await ImportPreview.make(path: path, settings: settings, listID: list.id, tenantID: principal.tenantID, store: store)
            columns = preview.columns.map { Self.column($0.name, target: $0.target, in: list) }
            rows = preview.rows.map { row in
                let cells = preview.columns.map { column -> PreviewModel.Cell in
                    let error = row.issues.first { $0.column == column.name }?.reason
                    let value = row.contact.flatMap { contact in column.target.flatMap { Self.shown(contact, target: $0) } } ?? ""
                    return PreviewModel.Cell(text: value, error: error)
                }
                let general = row.issues.filter { $0.column == nil }.map(\.reason)
                return PreviewModel.Row(line: row.line, cells: cells, rejected: row.contact == nil ? (general.isEmpty ? "rejected" : general.joined(separator: "; ")) : nil)
            }
            detected = (preview.separator, preview.encoding, preview.hasHeader, preview.region, preview.unmappedColumns)
        } catch let failure as ValidationFailure {
            // The file reads but its columns fill nothing yet: show them as they are, to be mapped.
            guard let head = try? ImportPreview.head(path: path, settings: settings) else {
                files.remove(path)
                let shown = try FormFailure(failure)
                return uploadPage(list, context, message: ([shown.message ?? ""] + shown.fields.map { "\($0.key) \($0.value)" }.sorted()).joined(separator: " "), status: shown.status)
            }
            let shown = try FormFailure(failure)
            message = message ?? shown.message
            errors = errors.merging(shown.fields) { mine, _ in mine }
            columns = head.header.map { Self.column($0, target: settings.mapping?[$0], in: list) }
            rows = head.rows.map { PreviewModel.Row(line: $0.line, cells: $0.cells.map { PreviewModel.Cell(text: $0, error: nil) }, rejected: nil) }
            detected = (head.separator, head.encoding, head.hasHeader, "", [])
        } catch let domain as DomainError {
            throw domain
        } catch {
            files.remove(path)
            return uploadPage(list, context, message: "This file cannot be imported: \(ImportJob.explain(error))", status: .badRequest)
        }
        let rules = settings.rules
        let model = PreviewModel(
            page: Chrome(context, title: "Import into \(list.settings.name)", section: .lists), listName: list.settings.name,
            fileName: wizard.fileName, token: wizard.token, action: AdminLink.startImport(list.id).href,
            separator: detected.separator, encoding: detected.encoding, hasHeader: detected.hasHeader, region: detected.region,
            columns: columns, rows: rows,
            rules: [
                Self.rule("importRule", "New contacts", ImportRules.ImportRule.self, rules.importRule),
                Self.rule("updateRule", "Contacts not in the file", ImportRules.UpdateRule.self, rules.updateRule),
                Self.rule("mergeRule", "Contacts in both", ImportRules.MergeRule.self, rules.mergeRule),
                Self.rule("duplicates", "Duplicates in the file: keep the", ImportRules.DuplicateWinner.self, rules.duplicates),
                Self.rule("blacklist", "Blacklisted numbers", ImportRules.BlacklistRule.self, rules.blacklist),
                Self.rule("emptyCells", "Empty cells", ImportRules.EmptyCells.self, rules.emptyCells),
            ],
            flags: [
                .init(name: "createFields", label: "Add the columns that fill nothing as fields of the list", checked: settings.createFields),
                .init(name: "emptyListFirst", label: "Empty the list first", checked: rules.emptyListFirst),
                .init(name: "updateOtherLists", label: "Update contacts found in other lists there", checked: rules.updateOtherLists),
                .init(name: "moveFromOtherLists", label: "Move contacts found in other lists into this one", checked: rules.moveFromOtherLists),
                .init(name: "resetReuploaded", label: "Reset contacts uploaded again", checked: rules.resetReuploaded),
            ],
            unmapped: detected.unmapped.isEmpty ? nil : detected.unmapped.joined(separator: ", "), mapsNothing: columns.allSatisfy { column in column.targets.first?.selected == true },
            message: message, errors: errors, restart: AdminLink.importFile(list.id).href)
        return pages.render("import-preview", model, status: status)
    }

    private static func column(_ name: String, target: String?, in list: ContactList) -> PreviewModel.Column {
        PreviewModel.Column(
            name: name, field: "map:\(name)",
            targets: [PreviewModel.Choice(value: "", label: "(not imported)", selected: target == nil)]
                + targets(of: list).map { PreviewModel.Choice(value: $0, label: $0, selected: $0 == target) })
    }

    /// The targets a column may fill in this list: the contact's own parts, then its fields.
    static func targets(of list: ContactList) -> [String] {
        let own: [ImportTarget] = [.externalID, .firstName, .lastName, .timeZone, .state, .priority, .callbackAt]
            + (1...5).map(ImportTarget.phone) + (1...3).map(ImportTarget.email)
        return own.map(\.description) + list.schema.map(\.name)
    }

    /// A stored contact's value for one target, as the table shows it.
    static func shown(_ contact: ContactContent, target: String) -> String? {
        switch target {
        case "external_id": return contact.externalID
        case "first_name": return contact.firstName
        case "last_name": return contact.lastName
        case "time_zone": return contact.timeZone
        case "state": return contact.state
        case "priority": return String(contact.priority)
        default: break
        }
        for prefix in ["phone", "email"] where target.hasPrefix(prefix) {
            guard let index = Int(target.dropFirst(prefix.count)) else { continue }
            if prefix == "phone" { return contact.phones.indices.contains(index - 1) ? contact.phones[index - 1].e164 : nil }
            return contact.emails.indices.contains(index - 1) ? contact.emails[index - 1] : nil
        }
        return contact.custom[target].map(text)
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .decimal(let number): "\(number)"
        case .string(let string): string
        case .array(let items): items.map(text).joined(separator: ", ")
        case .object: ""
        }
    }

    static func rule<T: RawRepresentable & CaseIterable>(_ name: String, _ label: String, _ type: T.Type, _ current: T) -> PreviewModel.Rule
    where T.RawValue == String {
        PreviewModel.Rule(
            name: name, label: label,
            choices: T.allCases.map { .init(value: $0.rawValue, label: $0.rawValue.replacingOccurrences(of: "_", with: " "), selected: $0 == current) })
    }

    private func owner(_ context: AppRequestContext) throws -> Int64 {
        guard let session = context.session else { throw Problem.unauthorized }
        return session.user.id
    }
}
