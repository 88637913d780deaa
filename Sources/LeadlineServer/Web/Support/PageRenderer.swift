import Foundation
import Hummingbird
import HTTPTypes
import Mustache

/// The web admin's templates, compiled once from the files embedded in the binary, and the
/// headers every page goes out with.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    /// Each template file under `Web/Templates`, by the name pages render it with.
    static let templates: [String: [UInt8]] = [
        "layout": PackageResources.layout_mustache,
        "sign-in": PackageResources.sign_in_mustache,
        "error": PackageResources.error_mustache,
        "lists": PackageResources.lists_mustache,
        "list-form": PackageResources.list_form_mustache,
        "list": PackageResources.list_mustache,
        "list-delete": PackageResources.list_delete_mustache,
        "import-upload": PackageResources.import_upload_mustache,
        "import-preview": PackageResources.import_preview_mustache,
        "processes": PackageResources.processes_mustache,
        "process": PackageResources.process_mustache,
        "users": PackageResources.users_mustache,
    ]

    /// The templates are part of the binary: one that does not parse is a fault of the build,
    /// caught by the tests, not a condition a running server meets.
    init() {
        var library = MustacheLibrary()
        for (name, bytes) in Self.templates {
            do {
                try library.register(String(decoding: bytes, as: UTF8.self), named: name)
            } catch {
                preconditionFailure("template \(name) does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// Pages load scripts and styles from this server only, and no other site may frame them.
    static let headers: HTTPFields = [
        .contentType: "text/html; charset=utf-8",
        .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        .xContentTypeOptions: "nosniff",
        .cacheControl: "no-store",
        .referrerPolicy: "same-origin",
    ]

    func render(_ template: String, _ model: Any, status: HTTPResponse.Status = .ok) -> Response {
        guard let html = library.render(model, withTemplate: template) else {
            preconditionFailure("no template named \(template)")
        }
        return Response(status: status, headers: Self.headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
}
