/// The OpenAPI 3.1 document of the API, served at `/openapi.json`.
///
/// The document is `openapi.json` beside this file, embedded in the binary at build time so
/// that a deployed server needs no resource files; the test suite validates it and checks it
/// against the routes the router serves.
enum OpenAPIDocument {
    static let json: [UInt8] = PackageResources.openapi_json
}
