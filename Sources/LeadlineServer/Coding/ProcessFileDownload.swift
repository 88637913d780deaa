import Foundation
import Hummingbird
import LeadlineCore
import LeadlineStore

/// The rejected rows of an import, or the file of an export, streamed from disk without
/// blocking: one download for the API and the web admin.
enum ProcessFileDownload {
    static func response(processID id: Int64, tenantID: Int64, store: Store, context: AppRequestContext) async throws -> Response {
        guard let path = try await store.processes.resultPath(id: id, tenantID: tenantID), FileManager.default.fileExists(atPath: path) else {
            throw DomainError.notFound("process \(id) has no file")
        }
        let name = (path as NSString).lastPathComponent
        return Response(
            status: .ok,
            headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\""],
            body: try await FileIO().loadFile(path: path, context: context))
    }
}
