import Foundation
import Hummingbird
import LeadlineCore
import MultipartKit

/// Reads a `multipart/form-data` upload as a browser form sends it: the part named `file` is
/// streamed to disk as it arrives; an optional part named `settings` holds the import settings
/// as JSON; the web admin's forms also send their `csrf` token. Other parts are refused.
struct MultipartUpload {
    let maximumSize: Int
    /// Whether a `csrf` part is taken: a page's form sends one, the API's uploads do not.
    var takesFormToken = false

    struct Received {
        var size: Int
        var fileName: String?
        var settings: ImportSettings?
        var formToken: String?
    }

    /// The boundary of a multipart request, nil when the request is not multipart.
    static func boundary(of request: Request) -> String? {
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return type.split(separator: ";").lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.lowercased().hasPrefix("boundary=") }
            .map { String($0.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
    }

    func receive(_ request: Request, boundary: String, to path: String) async throws -> Received {
        // A form carries its parts' headers and a settings part beside the file.
        try request.refuseDeclaredLength(over: maximumSize + (1 << 20), Problem.fileTooLarge(limit: maximumSize))
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw Problem.uploadStorage
        }
        let state = PartState(handle: handle, maximumSize: maximumSize, takesFormToken: takesFormToken)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in state.header(name, value) }
        parser.onBody = { buffer in state.body(&buffer) }
        parser.onPartComplete = { state.part = nil }
        do {
            for try await buffer in request.body {
                do {
                    try parser.execute(buffer)
                } catch {
                    throw Problem.invalid([FieldIssue(field: "body", reason: "is not a multipart form with the boundary its Content-Type names")])
                }
                if let problem = state.problem { throw problem }
            }
            try handle.close()
            guard state.sawFile else {
                throw Problem.invalid([FieldIssue(field: "file", reason: "the form has no part named 'file'")])
            }
            var settings: ImportSettings?
            if !state.settings.isEmpty {
                do {
                    settings = try JSONDecoder().decode(ImportSettings.self, from: Data(state.settings))
                } catch let error as DecodingError {
                    var issue = JSONBody.issue(error)
                    issue.field = "settings" + (issue.field == "body" ? "" : ".\(issue.field)")
                    throw Problem.invalid([issue])
                }
            }
            return Received(
                size: state.size, fileName: state.fileName, settings: settings,
                formToken: state.formToken.isEmpty ? nil : String(decoding: state.formToken, as: UTF8.self))
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// What the parser's callbacks have seen so far.
    private final class PartState {
        let handle: FileHandle
        let maximumSize: Int
        var part: String?
        var sawFile = false
        var fileName: String?
        var size = 0
        var settings: [UInt8] = []
        let takesFormToken: Bool
        var formToken: [UInt8] = []
        var problem: Problem?

        init(handle: FileHandle, maximumSize: Int, takesFormToken: Bool) {
            self.handle = handle
            self.maximumSize = maximumSize
            self.takesFormToken = takesFormToken
        }

        func header(_ name: String, _ value: String) {
            guard name.lowercased() == "content-disposition" else { return }
            let fields = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            func parameter(_ key: String) -> String? {
                fields.first { $0.hasPrefix("\(key)=") }.map { String($0.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            }
            part = parameter("name")
            if part == "file" {
                sawFile = true
                fileName = parameter("filename")
            } else if part != "settings", !(takesFormToken && part == WebForm.csrfField) {
                problem = Problem.invalid([FieldIssue(field: String((part ?? "?").prefix(64)), reason: "is not a part of an import form (file, settings)")])
            }
        }

        func body(_ buffer: inout ByteBuffer) {
            guard problem == nil else { return }
            switch part {
            case "file":
                size += buffer.readableBytes
                if size > maximumSize {
                    problem = Problem.fileTooLarge(limit: maximumSize)
                    return
                }
                do { try handle.write(contentsOf: buffer.readableBytesView) } catch {
                    problem = Problem(status: .internalServerError, type: "storage", title: "Cannot store the upload", detail: "\(error)")
                }
            case .some(WebForm.csrfField):
                formToken += buffer.readableBytesView
                if formToken.count > 512 { problem = Problem.invalid([FieldIssue(field: WebForm.csrfField, reason: "is not a form token")]) }
            case "settings":
                settings += buffer.readableBytesView
                if settings.count > 64 * 1024 { problem = Problem.invalid([FieldIssue(field: "settings", reason: "is larger than 64 KiB")]) }
            default:
                break
            }
        }
    }
}
