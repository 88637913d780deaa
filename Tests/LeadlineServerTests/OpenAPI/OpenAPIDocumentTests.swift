import Foundation
import Hummingbird
import LeadlineTestSupport
import Testing

@Suite struct OpenAPIDocumentTests {
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
            // The routes are read from the router itself, so a route added without its description fails here.
            // The web admin's pages are HTML for people, not the API this document describes.
            #expect(described == Set(api.routes.routes.filter { !$0.isPage }.map(\.description)))
        }
    }

    @Test func everyDescribedOperationIsServed() async throws {
        try await TestAPI.with { api in
            #expect(!api.routes.routes.isEmpty)
            for route in api.routes.routes.filter({ !$0.isPage }).map(\.description) {
                let parts = route.split(separator: " ")
                let path = parts[1].replacingOccurrences(of: "{id}", with: "999999").replacingOccurrences(of: "{name}", with: "none").replacingOccurrences(of: "{listId}", with: "999999")
                let response = try await api.call(HTTPRequest.Method(String(parts[0]))!, path, json: parts[0] == "GET" || parts[0] == "DELETE" ? nil : "{}")
                #expect(response.object?["type"] as? String != "/problems/no-endpoint", "\(route) is not served")
            }
        }
    }

    /// CI sets LEADLINE_TEST_REQUIRE_OPENAPI_VALIDATOR, so that a missing validator fails instead of skipping.
    @Test(.enabled(
        if: OpenAPIValidator.isAvailable || ProcessInfo.processInfo.environment["LEADLINE_TEST_REQUIRE_OPENAPI_VALIDATOR"] != nil,
        "python3 with openapi-spec-validator is not installed"))
    func validatesAgainstTheOpenAPISchema() async throws {
        #expect(OpenAPIValidator.isAvailable, "openapi-spec-validator is required here (LEADLINE_TEST_REQUIRE_OPENAPI_VALIDATOR)")
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
