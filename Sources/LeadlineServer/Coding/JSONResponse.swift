import Foundation
import Hummingbird

/// Encodes API responses: sorted keys for stable output, an ETag where the object has a version.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok, version: Int? = nil) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let version { headers[.eTag] = "\"\(version)\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func noContent() -> Response {
        Response(status: .noContent)
    }
}
