import Foundation
import Hummingbird
import HummingbirdTesting
import LeadlineCore
import LeadlineEngine
import LeadlineServer
import LeadlineStore
import LeadlineTestSupport
import Logging
import Testing

/// An API under test: the app as `leadline serve` builds it, over a fresh store, with the
/// first administrator's token.
struct TestAPI {
    let client: any TestClientProtocol
    let store: Store
    let adminToken: String
    /// Runs due processes when a test asks; the app does not run them by itself here.
    let runner: ProcessRunner
    let files: ProcessFiles
    /// The routes the router serves, read from it.
    let routes: RouteTable

    /// Builds the app on `engine` and runs `body` against it in-process, or over real HTTP with `.live`.
    /// The live client keeps one connection across a test's steps, which a loaded machine can
    /// space out, so the read time-out is long unless a test is about it.
    static func with(
        _ engine: Engine = .sqlite, mode: TestingSetup = .router, maxBodySize: Int = ServerSettings.defaultMaxBodySize,
        uploadLimit: Int = ServerSettings.defaultUploadLimit, readTimeout: Duration = .seconds(600), _ body: @escaping @Sendable (TestAPI) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-api-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await TestStore.with(engine, skip: { try Test.cancel(Comment(rawValue: $0)) }) { store in
            let outcome = try await Bootstrap.run(store: store, presetSecret: nil)
            let files = try ProcessFiles(directory: directory)
            let runner = ProcessRunner(store: store, files: files, logger: Logger(label: "test"))
            let settings = ServerSettings(
                host: "127.0.0.1", port: 0, maxBodySize: maxBodySize, uploadLimit: uploadLimit, readTimeout: readTimeout)
            let routes = RouteTable()
            // Requests are logged at info; the suite's output keeps to warnings.
            var logger = Logger(label: "leadline")
            logger.logLevel = .warning
            let app = buildApplication(
                settings: settings, store: store, files: files, runner: runner, runsProcesses: false, logger: logger, routes: routes)
            try await app.test(mode) { client in
                try await body(TestAPI(client: client, store: store, adminToken: outcome.adminSecret!, runner: runner, files: files, routes: routes))
            }
        }
    }

    /// Sends a raw body (a file) with a content type.
    func send(_ method: HTTPRequest.Method, _ path: String, body: [UInt8], contentType: String = "text/csv", token: String? = nil) async throws -> APIResponse {
        let headers: HTTPFields = [.authorization: "Bearer \(token ?? adminToken)", .contentType: contentType]
        return try await client.execute(uri: path, method: method, headers: headers, body: ByteBuffer(bytes: body)) { response in
            APIResponse(status: response.status, headers: response.headers, body: Data(response.body.readableBytesView))
        }
    }

    /// Sends a request and returns status, headers and the body parsed as JSON (nil when empty).
    @discardableResult
    func call(
        _ method: HTTPRequest.Method, _ path: String, token: String? = nil, json: String? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> APIResponse {
        // The admin's token unless the caller gives one; an empty Authorization header means none.
        var headers = extra
        if let token {
            headers[.authorization] = "Bearer \(token)"
        } else if extra[.authorization] == nil {
            headers[.authorization] = "Bearer \(adminToken)"
        } else if extra[.authorization] == "" {
            headers[.authorization] = nil
        }
        if json != nil && headers[.contentType] == nil { headers[.contentType] = "application/json" }
        return try await client.execute(uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            APIResponse(status: response.status, headers: response.headers, body: Data(response.body.readableBytesView))
        }
    }

    /// Creates a tenant and one token of `role` in it.
    func tenant(_ name: String, role: Role = .admin) async throws -> (id: Int64, token: String) {
        let tenant = try await call(.post, "/api/v1/tenants", json: #"{"name":"\#(name)"}"#)
        let id = try #require(tenant.object?["id"] as? Int)
        let token = try await call(.post, "/api/v1/tokens", json: #"{"name":"\#(name) \#(role.rawValue)","role":"\#(role.rawValue)","tenantId":\#(id)}"#)
        return (Int64(id), try #require(token.object?["secret"] as? String))
    }
}

struct APIResponse: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: Data

    var json: Any? { body.isEmpty ? nil : try? JSONSerialization.jsonObject(with: body) }
    var object: [String: Any]? { json as? [String: Any] }
    var items: [[String: Any]] { object?["items"] as? [[String: Any]] ?? [] }
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The fields a problem document names.
    var problemFields: [String] { (object?["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String } ?? [] }

    var isProblem: Bool {
        headers[.contentType] == "application/problem+json" && object?["status"] as? Int == Int(status.code)
            && object?["title"] is String && object?["detail"] is String
    }
}
