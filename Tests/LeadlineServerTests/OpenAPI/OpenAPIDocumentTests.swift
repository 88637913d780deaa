import Foundation
import Hummingbird
import LeadlineTestSupport
import Testing

@Suite struct OpenAPIDocumentTests {
    /// Every route the server registers, as the OpenAPI document must describe it.
    static let routes: Set<String> = [
        "GET /healthz", "GET /metrics", "GET /openapi.json",
        "GET /api/v1/tenants", "POST /api/v1/tenants", "GET /api/v1/tenants/{id}",
        "GET /api/v1/tokens", "POST /api/v1/tokens", "DELETE /api/v1/tokens/{id}",
        "GET /api/v1/fields", "POST /api/v1/fields", "GET /api/v1/fields/{id}", "PATCH /api/v1/fields/{id}", "DELETE /api/v1/fields/{id}",
        "GET /api/v1/lists", "POST /api/v1/lists", "GET /api/v1/lists/{id}", "PATCH /api/v1/lists/{id}", "DELETE /api/v1/lists/{id}",
        "POST /api/v1/lists/{id}/fields", "POST /api/v1/lists/{id}/empty",
        "GET /api/v1/lists/{id}/contacts", "POST /api/v1/lists/{id}/contacts",
        "GET /api/v1/contacts/search", "GET /api/v1/contacts/{id}", "PATCH /api/v1/contacts/{id}", "DELETE /api/v1/contacts/{id}",
        "GET /api/v1/contacts/{id}/history",
        "POST /api/v1/lists/{id}/imports", "POST /api/v1/lists/{id}/imports/preview", "POST /api/v1/lists/{id}/exports", "GET /api/v1/lists/{id}/export",
        "GET /api/v1/processes", "GET /api/v1/processes/{id}", "POST /api/v1/processes/{id}/cancel", "GET /api/v1/processes/{id}/file",
        "GET /api/v1/mapping-templates", "PUT /api/v1/mapping-templates/{name}", "DELETE /api/v1/mapping-templates/{name}",
        "GET /api/v1/data-sources", "POST /api/v1/data-sources", "GET /api/v1/data-sources/{id}", "DELETE /api/v1/data-sources/{id}",
        "POST /api/v1/data-sources/{id}/run",
        "GET /api/v1/filters", "POST /api/v1/filters/preview", "GET /api/v1/filters/{name}", "PUT /api/v1/filters/{name}",
        "DELETE /api/v1/filters/{name}",
        "POST /api/v1/lists/{id}/deletions", "POST /api/v1/lists/{id}/status-changes", "GET /api/v1/deleted-contacts",
        "GET /api/v1/blacklist", "POST /api/v1/blacklist", "GET /api/v1/blacklist/{id}", "DELETE /api/v1/blacklist/{id}",
        "GET /api/v1/blacklist/check", "POST /api/v1/blacklist/import", "GET /api/v1/blacklist/export",
        "POST /api/v1/list-operations", "POST /api/v1/list-operations/preview",
    ]

    private func document(_ api: TestAPI) async throws -> [String: Any] {
        let response = try await api.call(.get, "/openapi.json", headers: [.authorization: ""])
        #expect(response.status == .ok)
        return try #require(response.object)
    }

    @Test func describesEveryRouteAndNoOther() async throws {
        try await TestAPI.with { api in
            let document = try await document(api)
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let described = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
            #expect(described == Self.routes)
        }
    }

    @Test func everyDescribedOperationIsServed() async throws {
        try await TestAPI.with { api in
            for route in Self.routes {
                let parts = route.split(separator: " ")
                let path = parts[1].replacingOccurrences(of: "{id}", with: "999999").replacingOccurrences(of: "{name}", with: "none")
                let response = try await api.call(HTTPRequest.Method(String(parts[0]))!, path, json: parts[0] == "GET" || parts[0] == "DELETE" ? nil : "{}")
                #expect(response.object?["type"] as? String != "/problems/no-endpoint", "\(route) is not served")
            }
        }
    }

    @Test(.enabled(if: OpenAPIValidator.isAvailable, "python3 with openapi-spec-validator is not installed"))
    func validatesAgainstTheOpenAPISchema() async throws {
        try await TestAPI.with { api in
            let response = try await api.call(.get, "/openapi.json", headers: [.authorization: ""])
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-openapi-\(UUID().uuidString).json")
            try response.body.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let (status, output) = try OpenAPIValidator.validate(file.path)
            #expect(status == 0, "\(output)")
        }
    }
}

/// openapi-spec-validator, the reference validator, run as a subprocess.
enum OpenAPIValidator {
    static var isAvailable: Bool {
        (try? run(["-c", "import openapi_spec_validator"]).status) == 0
    }

    static func validate(_ path: String) throws -> (status: Int32, output: String) {
        try run(["-c", "import json,sys; from openapi_spec_validator import validate; validate(json.load(open(sys.argv[1]))); print('valid')", path])
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Subprocess.run(["python3"] + arguments)
    }
}
