import Foundation
import Hummingbird
import LeadlineCore

/// An RFC 9457 problem document: what went wrong, and for bad input, which field and why.
struct Problem: Error, HTTPResponseError, Encodable {
    var type: String
    var title: String
    var status: HTTPResponse.Status
    var detail: String
    var errors: [FieldIssue]?
    /// For a callback beyond its campaign's interval limit: the first time one fits.
    var nextFreeAt: String?

    enum CodingKeys: String, CodingKey { case type, title, status, detail, errors, nextFreeAt }

    init(status: HTTPResponse.Status, type: String, title: String, detail: String, errors: [FieldIssue]? = nil) {
        self.type = "/problems/\(type)"
        self.title = title
        self.status = status
        self.detail = detail
        self.errors = errors
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(title, forKey: .title)
        try container.encode(status.code, forKey: .status)
        try container.encode(detail, forKey: .detail)
        try container.encodeIfPresent(errors, forKey: .errors)
        try container.encodeIfPresent(nextFreeAt, forKey: .nextFreeAt)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(self)
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if status == .unauthorized && type == "/problems/unauthorized" { headers[.wwwAuthenticate] = "Bearer realm=\"leadline\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static let unauthorized = Problem(
        status: .unauthorized, type: "unauthorized", title: "Authentication required",
        detail: "send a valid, unrevoked token as 'Authorization: Bearer TOKEN'")

    /// A webhook or link whose signature or token does not check: nothing of it was read.
    static func unsigned(_ why: String) -> Problem {
        Problem(status: .unauthorized, type: "bad-signature", title: "The request is not signed by its gateway", detail: why)
    }

    static let uploadStorage = Problem(
        status: .internalServerError, type: "storage", title: "Cannot store the upload", detail: "the server cannot write its upload directory")

    static func fileTooLarge(limit: Int) -> Problem {
        Problem(
            status: .contentTooLarge, type: "body-too-large", title: "File too large",
            detail: "the file exceeds \(limit / 1_000_000) MB, the upload limit (LEADLINE_UPLOAD_LIMIT)")
    }

    static func invalid(_ issues: [FieldIssue]) -> Problem {
        let summary = issues.prefix(3).map { "\($0.field) \($0.reason)" }.joined(separator: "; ")
        return Problem(status: .badRequest, type: "invalid-input", title: "The input is not valid", detail: summary, errors: issues)
    }
}
