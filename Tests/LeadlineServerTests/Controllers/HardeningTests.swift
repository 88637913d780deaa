import Foundation
import Hummingbird
import LeadlineTestSupport
import Testing

/// Bad input the hardening issue named, each refused with a reason and changing nothing.
@Suite struct HardeningTests {
    @Test func aKnownPathWithAnotherMethodIsA405NamingTheMethodsServed() async throws {
        try await TestAPI.with { api in
            let answer = try await api.call(.put, "/api/v1/lists")
            #expect(answer.status == .methodNotAllowed && answer.isProblem)
            #expect(answer.headers[.allow] == "GET, POST")
            #expect(try await api.call(.put, "/api/v1/contacts/12/history").headers[.allow] == "GET")
            #expect(try await api.call(.get, "/api/v1/nothing-here").status == .notFound)
        }
    }

    @Test func jsonWithATrailingCommaIsRefused() async throws {
        try await TestAPI.with { api in
            for body in [#"{"name":"Spring",}"#, #"{"name":"Spring","sharedWith":[2,]}"#, "{\"name\":\"Spring\" ,\n }"] {
                let answer = try await api.call(.post, "/api/v1/lists", json: body)
                #expect(answer.status == .badRequest && answer.problemFields == ["body"], "\(body)")
            }
            // A comma inside a string is text, not syntax.
            #expect(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Spring, 2027 ]"}"#).status == .created)
            #expect(try await api.call(.get, "/api/v1/lists").items.count == 1)
        }
    }

    @Test func controlCharactersAreRefusedInEveryNameLikeText() async throws {
        try await TestAPI.with { api in
            let field = try await api.call(.post, "/api/v1/fields", json: #"{"name":"city","type":"text","displayName":"Ci\u0000ty"}"#)
            #expect(field.status == .badRequest && field.problemFields == ["displayName"])
            let list = try await api.call(.post, "/api/v1/lists", json: #"{"name":"Spring","owner":"Ann\u0007"}"#)
            #expect(list.status == .badRequest && list.problemFields == ["owner"])
            #expect(try await api.call(.get, "/api/v1/fields").items.isEmpty)
        }
    }

    @Test func anImportNamingAnUnknownTemplateIsRefusedWhenAskedFor() async throws {
        try await TestAPI.with { api in
            let list = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Spring"}"#).object?["id"] as? Int)
            let answer = try await api.send(.post, "/api/v1/lists/\(list)/imports?template=nowhere", body: Array("external_id\nA1\n".utf8))
            #expect(answer.status == .badRequest && answer.problemFields == ["template"])
            #expect(try await api.call(.get, "/api/v1/processes").items.isEmpty)
            #expect(try await api.call(.get, "/api/v1/processes?list=999999").status == .notFound)
        }
    }

    @Test func aGzipBombUploadIsRefusedBeforeAnyProcess() async throws {
        try await TestAPI.with { api in
            let list = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Spring"}"#).object?["id"] as? Int)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).csv.gz").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try GzipBomb.write(to: path, members: 20)
            let bomb = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let answer = try await api.send(.post, "/api/v1/lists/\(list)/imports", body: bomb, contentType: "application/gzip")
            #expect(answer.status == .badRequest && answer.text.contains("decompression bomb"), "\(answer.text)")
            #expect(try await api.call(.get, "/api/v1/processes").items.isEmpty)
            let uploads = (try? FileManager.default.contentsOfDirectory(atPath: api.files.directory + "/uploads")) ?? []
            #expect(uploads.isEmpty, "the refused upload is removed")
        }
    }
}
