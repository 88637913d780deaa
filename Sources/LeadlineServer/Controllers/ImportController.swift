import Foundation
import Hummingbird
import LeadlineCSV
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// `/api/v1/lists/{id}/imports`: a file uploaded as the raw body, streamed to disk, imported by
/// a background process; and a preview of how a file's first rows would import.
struct ImportController {
    let store: Store
    let files: ProcessFiles
    let runner: ProcessRunner
    let uploads: UploadReceiver
    /// The most an uploaded compressed file may inflate per compressed byte; its inflated bytes
    /// also stay under the upload limit.
    let inflationRatio: Int

    /// The form a browser's upload sends.
    var forms: MultipartUpload { MultipartUpload(maximumSize: uploads.maximumSize) }

    /// How much of a file a preview reads.
    static let previewBytes = 1 << 20

    func register(on lists: RouterGroup<AppRequestContext>) {
        lists.post(":id/imports", use: upload)
        lists.post(":id/imports/preview", use: preview)
    }

    @Sendable func upload(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageContacts)
        let listID = try context.parameters.id("id", of: "list")
        let query = try ImportQuery(request.queryValues)
        let list = try await store.lists.writable(id: listID, tenantID: principal.tenantID)
        let path = files.newUploadPath()
        var settings = query.settings
        var fileName = query.fileName
        let size: Int
        if let boundary = MultipartUpload.boundary(of: request) {
            let form = try await forms.receive(request, boundary: boundary, to: path)
            size = form.size
            settings = form.settings ?? settings
            fileName = fileName ?? form.fileName
        } else {
            size = try await uploads.receive(request, to: path)
        }
        guard size > 0 else {
            files.remove(path)
            throw Problem.invalid([FieldIssue(field: "body", reason: "is empty; send the file as the request body or a form's 'file' part")])
        }
        do {
            try InflationCheck(maximumSize: uploads.maximumSize, maximumRatio: inflationRatio).check(path)
        } catch {
            files.remove(path)
            throw error
        }
        let process = try await StartImport.run(
            path: path, fileName: fileName ?? "upload.csv", settings: settings, listID: listID, scheduledAt: query.scheduledAt,
            by: principal, store: store, files: files, runner: runner)
        return try JSONResponse.accepted(process)
    }

    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readContacts)
        let listID = try context.parameters.id("id", of: "list")
        let query = try ImportQuery(request.queryValues)
        // Only the head of the file matters; the rest is not read.
        var head: [UInt8] = []
        for try await buffer in request.body {
            head += buffer.readableBytesView.prefix(Self.previewBytes - head.count)
            if head.count >= Self.previewBytes { break }
        }
        if head.count >= Self.previewBytes, let lastLineEnd = head.lastIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
            head.removeSubrange((lastLineEnd + 1)...)
        }
        let path = files.newUploadPath()
        defer { files.remove(path) }
        guard FileManager.default.createFile(atPath: path, contents: Data(head)) else {
            throw Problem.uploadStorage
        }
        do {
            let preview = try await ImportPreview.make(path: path, settings: query.settings, listID: listID, tenantID: principal.tenantID, store: store)
            return try JSONResponse.make(ImportPreviewResource(preview))
        } catch let failure as ValidationFailure {
            throw Problem.invalid(failure.issues)
        } catch let domain as DomainError {
            throw domain
        } catch {
            // The file itself cannot be read (not text, empty): say why, as the import would.
            throw Problem.invalid([FieldIssue(field: "body", reason: ImportJob.explain(error))])
        }
    }
}
