import Foundation
import Hummingbird
import LeadlineCore

/// Reading the parts of a request beside its body: ids in the path, If-Match, paging.
extension Request {
    /// The version an `If-Match` header names (`"3"` or `3`), nil when the header is absent.
    func expectedVersion() throws -> Int? {
        guard let header = headers[.ifMatch] else { return nil }
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        let unquoted = trimmed.hasPrefix("W/") ? String(trimmed.dropFirst(2)) : trimmed
        let value = unquoted.count >= 2 && unquoted.hasPrefix("\"") && unquoted.hasSuffix("\"")
            ? String(unquoted.dropFirst().dropLast()) : unquoted
        // Digits only, as the OpenAPI document's pattern says: no sign, no leading zero.
        guard (1...18).contains(value.utf8.count), value.utf8.first != UInt8(ascii: "0"),
            value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), let version = Int(value)
        else {
            throw Problem.invalid([FieldIssue(field: "If-Match", reason: "must be the object's version, such as \"3\"")])
        }
        return version
    }

    /// `limit` and `cursor` from the query string.
    func pageRequest() throws -> PageRequest {
        let limitText = uri.queryParameters["limit"].map(String.init)
        let limit: Int?
        if let limitText {
            guard let value = Int(limitText) else {
                throw Problem.invalid([FieldIssue(field: "limit", reason: "must be a whole number")])
            }
            limit = value
        } else {
            limit = nil
        }
        return try PageRequest.validated(limit: limit, cursor: uri.queryParameters["cursor"].map(String.init))
    }
}

extension Parameters {
    /// A numeric id from the path; anything else answers 404 like a missing object.
    func id(_ name: String, of kind: String) throws -> Int64 {
        guard let text = get(name), let id = Int64(text), id > 0 else {
            throw DomainError.notFound("\(kind) \(get(name)?.prefix(40) ?? "") does not exist")
        }
        return id
    }
}

extension Request {
    /// The body's declared `Content-Length`, when the client sent one.
    var declaredLength: Int? {
        headers[.contentLength].flatMap { Int($0) }
    }

    /// Refuses a body whose declared length is over `limit` before a byte of it is read.
    func refuseDeclaredLength(over limit: Int, _ problem: @autoclosure () -> Problem) throws {
        if let declared = declaredLength, declared > limit { throw problem() }
    }
}
