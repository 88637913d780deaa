import Foundation
import Hummingbird
import LeadlineCore
import NIOCore

/// Reads a JSON request body into an input type, refusing what a person would want to hear about:
/// a body too large, not JSON, a value of the wrong type, or a key the type does not know.
struct JSONBody: Sendable {
    let maximumSize: Int

    func decode<Input: ClosedInput>(_ type: Input.Type, from request: Request) async throws -> Input {
        if let contentType = request.headers[.contentType], !contentType.lowercased().hasPrefix("application/json") {
            throw Problem(
                status: .unsupportedMediaType, type: "unsupported-media-type", title: "Unsupported media type",
                detail: "send the body as application/json, not \(contentType.prefix(100))")
        }
        try request.refuseDeclaredLength(over: maximumSize, Self.tooLarge(maximumSize))
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maximumSize)
        } catch is NIOTooManyBytesError {
            throw Self.tooLarge(maximumSize)
        }
        if let offset = StrictJSON.trailingComma(in: buffer.readableBytesView) {
            throw Problem.invalid([FieldIssue(field: "body", reason: "is not valid JSON: a trailing comma at byte \(offset)")])
        }
        do {
            return try JSONDecoder().decode(Closed<Input>.self, from: Data(buffer.readableBytesView)).value
        } catch let error as DecodingError {
            throw Problem.invalid([Self.issue(error)])
        }
    }

    static func tooLarge(_ maximumSize: Int) -> Problem {
        Problem(status: .contentTooLarge, type: "body-too-large", title: "Body too large", detail: "the body exceeds \(maximumSize) bytes")
    }

    /// A decoding failure in a person's words, naming the path to the bad value.
    static func issue(_ error: DecodingError) -> FieldIssue {
        switch error {
        case .typeMismatch(let type, let context):
            FieldIssue(field: path(context.codingPath), reason: "expects \(typeName(type))")
        case .valueNotFound(let type, let context):
            FieldIssue(field: path(context.codingPath), reason: "must be \(typeName(type)), not null")
        case .keyNotFound(let key, let context):
            FieldIssue(field: path(context.codingPath + [key]), reason: "is required")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            FieldIssue(field: "body", reason: "is not valid JSON")
        case .dataCorrupted(let context):
            FieldIssue(field: path(context.codingPath), reason: friendly(context.debugDescription))
        @unknown default:
            FieldIssue(field: "body", reason: "cannot be read")
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { path, key in
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default: "a \(String(describing: type).lowercased())"
        }
    }

    private static func friendly(_ description: String) -> String {
        if description.hasPrefix("Cannot initialize"), let range = description.range(of: "invalid String value ") {
            return "'\(description[range.upperBound...].prefix(100))' is not an allowed value"
        }
        return description
    }
}

/// Decodes the top-level object only after checking its keys against the input type's.
private struct Closed<Input: ClosedInput>: Decodable {
    var value: Input

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(Input.CodingKeys.self)
        value = try Input(from: decoder)
    }
}
