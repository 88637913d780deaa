import Foundation
import Hummingbird
import HummingbirdTesting
import LeadlineCore
import LeadlineEngine
import LeadlineServer
import Testing

/// A browser as far as the server can tell: it keeps cookies, follows nothing by itself, and
/// reads the form token from the pages it gets.
final class WebClient: @unchecked Sendable {
    let api: TestAPI
    private(set) var cookies: [String: String] = [:]
    private let lock = NSLock()

    init(_ api: TestAPI) { self.api = api }

    struct Page: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let html: String

        var location: String? { headers[.location] }
        /// The form token of the page's first form that carries one.
        var csrf: String? { Self.first(#"name="csrf" value="([^"]+)""#, in: html) }

        static func first(_ pattern: String, in text: String) -> String? {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                let range = Range(match.range(at: 1), in: text)
            else { return nil }
            return String(text[range])
        }
    }

    func get(_ path: String) async throws -> Page {
        try await send(.get, path, body: nil, contentType: nil)
    }

    func post(_ path: String, form: [(String, String)]) async throws -> Page {
        let body = form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.post, path, body: ByteBuffer(string: body), contentType: "application/x-www-form-urlencoded")
    }

    func postFile(_ path: String, csrf: String?, fileName: String, contents: String) async throws -> Page {
        let boundary = "leadline-test-boundary"
        var body = ""
        if let csrf { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n" }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: text/csv\r\n\r\n\(contents)\r\n--\(boundary)--\r\n"
        return try await send(.post, path, body: ByteBuffer(string: body), contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Signs in through the form, as a person does; returns the page the form answered with.
    @discardableResult
    func signIn(_ email: String, _ password: String) async throws -> Page {
        let form = try await get("/admin/sign-in")
        return try await post("/admin/sign-in", form: [("csrf", form.csrf ?? ""), ("email", email), ("password", password), ("next", "/admin/lists")])
    }

    func forget(_ cookie: String) { lock.withLock { _ = cookies.removeValue(forKey: cookie) } }

    private func send(_ method: HTTPRequest.Method, _ path: String, body: ByteBuffer?, contentType: String?) async throws -> Page {
        var headers: HTTPFields = [:]
        let jar = lock.withLock { cookies }
        if !jar.isEmpty { headers[.cookie] = jar.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if let contentType { headers[.contentType] = contentType }
        let page = try await api.client.execute(uri: path, method: method, headers: headers, body: body) { response in
            Page(status: response.status, headers: response.headers, html: String(buffer: response.body))
        }
        for field in page.headers[values: .setCookie] {
            let pair = field.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            lock.withLock {
                if value.isEmpty || field.contains("Max-Age=0") { cookies.removeValue(forKey: name) } else { cookies[name] = value }
            }
        }
        return page
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}

extension TestAPI {
    static let password = "correct horse battery"

    /// A user of the default tenant who signs in with `TestAPI.password`.
    @discardableResult
    func user(_ email: String, role: Role) async throws -> User {
        let tenant = try #require(try await store.tenants.all().first)
        return try await UserAccounts.create(NewUser(name: email, email: email, role: role, password: Self.password), tenantID: tenant.id, by: nil, store: store)
    }
}
