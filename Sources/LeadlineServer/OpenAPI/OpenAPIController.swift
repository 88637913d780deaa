import Hummingbird

/// Serves the OpenAPI document; it needs no token so tools can read it before they have one.
struct OpenAPIController {
    func register(on router: Router<AppRequestContext>) {
        router.get("openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.json)))
        }
    }
}
