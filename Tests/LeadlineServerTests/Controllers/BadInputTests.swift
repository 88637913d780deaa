import Hummingbird
import Testing

/// Every kind of bad input gets a 4xx problem document naming the field, and changes nothing.
@Suite struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var method: HTTPRequest.Method
        var path: String
        var json: String?
        var headers: HTTPFields = [:]
        var status: HTTPResponse.Status
        var field: String?

        var testDescription: String { name }
    }

    /// Paths use `{list}`, `{contact}` and `{foreign}` (a contact of another tenant).
    static let cases: [Case] = [
        Case(name: "malformed JSON", method: .post, path: "/api/v1/lists", json: #"{"name": "L""#, status: .badRequest, field: "body"),
        Case(name: "not an object", method: .post, path: "/api/v1/lists", json: "[1,2]", status: .badRequest, field: nil),
        Case(name: "wrong type", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"X","priority":"high"}"#, status: .badRequest, field: "priority"),
        Case(name: "wrong nested type", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"X","phones":[{"number":14155550100}]}"#, status: .badRequest, field: "phones[0].number"),
        Case(name: "unknown field", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"X","nickname":"Al"}"#, status: .badRequest, field: "nickname"),
        Case(name: "unknown nested field", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"X","phones":[{"number":"+14155550100","ext":"1"}]}"#, status: .badRequest, field: "phones[0].ext"),
        Case(name: "unknown enum value", method: .patch, path: "/api/v1/contacts/{contact}", json: #"{"status":"done"}"#, status: .badRequest, field: "status"),
        Case(name: "invalid email", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"X","emails":["ann@"]}"#, status: .badRequest, field: "emails[0]"),
        Case(name: "invalid phone", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"X","phones":[{"number":"call me"}]}"#, status: .badRequest, field: "phones[0].number"),
        Case(name: "custom value of wrong type", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"X","custom":{"balance":"lots"}}"#, status: .badRequest, field: "custom.balance"),
        Case(name: "custom value outside the choices", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"X","custom":{"tier":"bronze"}}"#, status: .badRequest, field: "custom.tier"),
        Case(name: "custom field not in the schema", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"X","custom":{"shoe_size":42}}"#, status: .badRequest, field: "custom.shoe_size"),
        Case(name: "duplicate dedup key", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"A1"}"#, status: .conflict, field: "externalId"),
        Case(name: "duplicate unique value", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"B2","custom":{"vat":"FR1"}}"#, status: .conflict, field: "custom.vat"),
        Case(name: "duplicate field name", method: .post, path: "/api/v1/fields", json: #"{"name":"balance","type":"text"}"#, status: .conflict, field: "name"),
        Case(name: "duplicate list name", method: .post, path: "/api/v1/lists", json: #"{"name":"Spring"}"#, status: .conflict, field: "name"),
        Case(name: "stale version", method: .patch, path: "/api/v1/contacts/{contact}", json: #"{"firstName":"Zed"}"#, headers: [.ifMatch: "\"9\""], status: .preconditionFailed, field: nil),
        Case(name: "malformed If-Match", method: .patch, path: "/api/v1/contacts/{contact}", json: #"{"firstName":"Zed"}"#, headers: [.ifMatch: "abc"], status: .badRequest, field: "If-Match"),
        Case(name: "foreign contact read", method: .get, path: "/api/v1/contacts/{foreign}", status: .notFound, field: nil),
        Case(name: "foreign contact write", method: .patch, path: "/api/v1/contacts/{foreign}", json: #"{"firstName":"Zed"}"#, status: .notFound, field: nil),
        Case(name: "foreign contact delete", method: .delete, path: "/api/v1/contacts/{foreign}", status: .notFound, field: nil),
        Case(name: "non-numeric id", method: .get, path: "/api/v1/contacts/1%27%20OR%201=1", status: .notFound, field: nil),
        Case(name: "SQL in search", method: .get, path: "/api/v1/contacts/search?name=%27%3B%20DROP%20TABLE%20contacts%3B--", status: .ok, field: nil),
        Case(name: "unknown status filter", method: .get, path: "/api/v1/lists/{list}/contacts?status=done", status: .badRequest, field: "status"),
        Case(name: "too short search", method: .get, path: "/api/v1/contacts/search?name=a", status: .badRequest, field: "name"),
        Case(name: "very long search", method: .get, path: "/api/v1/contacts/search?name=" + String(repeating: "a", count: 5000), status: .badRequest, field: "name"),
        Case(name: "unknown search parameter", method: .get, path: "/api/v1/contacts/search?nmae=smith", status: .badRequest, field: "nmae"),
        Case(name: "search on an unknown field", method: .get, path: "/api/v1/contacts/search?field.nope=1", status: .badRequest, field: "field.nope"),
        Case(name: "page too large", method: .get, path: "/api/v1/contacts/search?name=smith&limit=5000", status: .badRequest, field: "limit"),
        Case(name: "forged cursor", method: .get, path: "/api/v1/lists?cursor=abc", status: .badRequest, field: "cursor"),
        Case(name: "very long name", method: .post, path: "/api/v1/lists/{list}/contacts", json: #"{"externalId":"X","lastName":"\#(String(repeating: "x", count: 10_000))"}"#, status: .badRequest, field: "lastName"),
        Case(name: "oversized body", method: .post, path: "/api/v1/lists", json: #"{"name":"L","description":"\#(String(repeating: "x", count: 70_000))"}"#, status: .contentTooLarge, field: nil),
        Case(name: "not JSON", method: .post, path: "/api/v1/lists", json: "name=L", headers: [.contentType: "application/x-www-form-urlencoded"], status: .unsupportedMediaType, field: nil),
        Case(name: "bad time zone", method: .patch, path: "/api/v1/lists/{list}", json: #"{"timeZone":"Mars/Olympus"}"#, status: .badRequest, field: "timeZone"),
        Case(name: "unknown state", method: .patch, path: "/api/v1/contacts/{contact}", json: #"{"state":"Texas"}"#, status: .badRequest, field: "state"),
        Case(name: "bad field definition", method: .post, path: "/api/v1/fields", json: #"{"name":"Bad Name","type":"text"}"#, status: .badRequest, field: "name"),
        Case(name: "no such route", method: .get, path: "/api/v1/widgets", status: .notFound, field: nil),
        Case(name: "share with an unknown access", method: .patch, path: "/api/v1/lists/{list}", json: #"{"sharedWith":[{"tenantId":7,"access":"admin"}]}"#, status: .badRequest, field: "sharedWith[0].access"),
        Case(name: "share object with an unknown key", method: .patch, path: "/api/v1/lists/{list}", json: #"{"sharedWith":[{"tenant":7}]}"#, status: .badRequest, field: "sharedWith[0].tenant"),
        Case(name: "share with tenant 0", method: .patch, path: "/api/v1/lists/{list}", json: #"{"sharedWith":[0]}"#, status: .badRequest, field: "sharedWith"),
        Case(name: "share repeating a tenant", method: .patch, path: "/api/v1/lists/{list}", json: #"{"sharedWith":[7,{"tenantId":7,"access":"write"}]}"#, status: .badRequest, field: "sharedWith"),
        Case(name: "accept an offer never made", method: .post, path: "/api/v1/list-shares/{list}/accept", status: .notFound, field: nil),
    ]

    @Test(arguments: cases)
    func isRefusedAndChangesNothing(_ bad: Case) async throws {
        try await TestAPI.with(maxBodySize: 64 * 1024) { api in
            _ = try await api.call(.post, "/api/v1/fields", json: #"{"name":"balance","type":"decimal"}"#)
            _ = try await api.call(.post, "/api/v1/fields", json: #"{"name":"tier","type":"choice","validValues":["gold"]}"#)
            _ = try await api.call(.post, "/api/v1/fields", json: #"{"name":"vat","type":"text","unique":true}"#)
            let list = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Spring"}"#).object?["id"] as? Int)
            let contact = try #require(try await api.call(.post, "/api/v1/lists/\(list)/contacts", json: #"{"externalId":"A1","lastName":"Smith","custom":{"vat":"FR1"}}"#).object?["id"] as? Int)
            let other = try await api.tenant("other")
            let otherList = try #require(try await api.call(.post, "/api/v1/lists", token: other.token, json: #"{"name":"Theirs"}"#).object?["id"] as? Int)
            let foreign = try #require(try await api.call(.post, "/api/v1/lists/\(otherList)/contacts", token: other.token, json: #"{"externalId":"F1"}"#).object?["id"] as? Int)
            let before = try await snapshot(api, list: list, token: nil) + snapshot(api, list: otherList, token: other.token)

            let path = bad.path.replacingOccurrences(of: "{list}", with: "\(list)")
                .replacingOccurrences(of: "{contact}", with: "\(contact)").replacingOccurrences(of: "{foreign}", with: "\(foreign)")
            let response = try await api.call(bad.method, path, json: bad.json, headers: bad.headers)

            #expect(response.status == bad.status, "\(response.text.prefix(300))")
            if bad.status != .ok {
                #expect(response.isProblem, "\(response.text.prefix(300))")
                if let field = bad.field { #expect(response.problemFields.contains(field), "\(response.text.prefix(300))") }
            }
            let after = try await snapshot(api, list: list, token: nil) + snapshot(api, list: otherList, token: other.token)
            #expect(after == before, "nothing changed")
        }
    }

    private func snapshot(_ api: TestAPI, list: Int, token: String?) async throws -> [String] {
        var parts: [String] = []
        for path in ["/api/v1/fields", "/api/v1/lists", "/api/v1/lists/\(list)/contacts?limit=1000", "/api/v1/tokens"] {
            parts.append(try await api.call(.get, path, token: token).text)
        }
        return parts
    }
}
