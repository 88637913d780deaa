import Hummingbird

/// The stylesheet and the script of the web admin, embedded in the binary like the templates.
struct AssetController {
    static let assets: [String: (type: String, bytes: [UInt8])] = [
        "leadline.css": ("text/css; charset=utf-8", PackageResources.leadline_css),
        "leadline.js": ("text/javascript; charset=utf-8", PackageResources.leadline_js),
        "favicon.svg": ("image/svg+xml", PackageResources.favicon_svg),
    ]

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("assets/:name") { _, context in
            guard let name = context.parameters.get("name"), let asset = Self.assets[name] else {
                throw HTTPError(.notFound)
            }
            return Response(
                status: .ok, headers: [.contentType: asset.type, .cacheControl: "max-age=300", .xContentTypeOptions: "nosniff"],
                body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
        }
    }
}
