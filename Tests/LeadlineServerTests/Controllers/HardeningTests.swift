import Foundation
import Hummingbird
import LeadlineCore
import LeadlineStore
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
            // A literal segment beats a parameter, as in the router.
            #expect(try await api.call(.post, "/api/v1/blacklist/export").headers[.allow] == "GET")
            #expect(try await api.call(.put, "/api/v1/blacklist/7").headers[.allow] == "DELETE, GET")
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

    @Test func aBinaryBlacklistFileIsABadBodyNotAServerError() async throws {
        try await TestAPI.with { api in
            let answer = try await api.send(.post, "/api/v1/blacklist/import", body: [0x2F, 0x45, 0x1B, 0x00, 0xFC, 0x3A])
            #expect(answer.status == .badRequest && answer.problemFields == ["body"], "\(answer.text)")
            #expect(try await api.call(.get, "/api/v1/blacklist").items.isEmpty)
        }
    }

    @Test func aBrokenFormIsABadBodyNotAServerError() async throws {
        try await TestAPI.with { api in
            let list = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads"}"#).object?["id"] as? Int)
            let answer = try await api.send(
                .post, "/api/v1/lists/\(list)/imports", body: Array("--XyZ--\r\n".utf8), contentType: "multipart/form-data; boundary=XyZ")
            #expect(answer.status == .badRequest && answer.problemFields == ["body"], "\(answer.text)")
            #expect(try await api.call(.get, "/api/v1/processes").items.isEmpty)
        }
    }

    @Test func badInputIsA400EvenOnAStaleVersion() async throws {
        try await TestAPI.with { api in
            let field = try #require(try await api.call(.post, "/api/v1/fields", json: #"{"name":"city","type":"text"}"#).object?["id"] as? Int)
            let bad = try await api.call(.patch, "/api/v1/fields/\(field)", json: #"{"size":0}"#, headers: [.ifMatch: "\"9\""])
            #expect(bad.status == .badRequest && bad.problemFields == ["size"])
            let stale = try await api.call(.patch, "/api/v1/fields/\(field)", json: #"{"size":20}"#, headers: [.ifMatch: "\"9\""])
            #expect(stale.status == .preconditionFailed)
            #expect(try await api.call(.patch, "/api/v1/fields/\(field)", json: "{}", headers: [.ifMatch: "+1"]).status == .badRequest)
        }
    }

    @Test func aFilterTemplatePreviewWouldRefuseIsRefusedWhenSaved() async throws {
        try await TestAPI.with { api in
            for filter in [#"status = \"bogus\""#, #"priority > \"abc\""#, #"phone = \"call me\""#, #"created > \"someday\""#] {
                let saved = try await api.call(.put, "/api/v1/filters/bad", json: #"{"filter":"\#(filter)"}"#)
                #expect(saved.status == .badRequest && saved.problemFields == ["filter"], "\(filter): \(saved.text)")
            }
            #expect(try await api.call(.get, "/api/v1/filters").items.isEmpty)
            // A custom field is checked where the template is used, on the lists' own schemas.
            #expect(try await api.call(.put, "/api/v1/filters/vip", json: #"{"filter":"vip = true and status = \"remaining\""}"#).status == .ok)
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

/// HTTP a hostile client cannot hold, over real connections to the live server.
@Suite struct HostileHTTPTests {
    @Test func aDeclaredBodyOverTheLimitIsRefusedBeforeItIsSent() async throws {
        try await TestAPI.with(mode: .live) { api in
            let port = try #require(api.client.port)
            let head = """
                POST /api/v1/lists HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(api.adminToken)\r\n\
                Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n
                """
            // No byte of the body is sent: the answer comes on the head alone.
            let answer = try await RawConnection.sendAndListen(Array(head.utf8), port: port, wait: 30, until: "\r\n\r\n")
            #expect(answer.text.hasPrefix("HTTP/1.1 413"), "\(answer.text.prefix(200))")
            let upload = """
                POST /api/v1/lists/1/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(api.adminToken)\r\n\
                Content-Type: text/csv\r\nContent-Length: 900000000\r\n\r\n
                """
            _ = try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads"}"#)
            #expect(try await RawConnection.sendAndListen(Array(upload.utf8), port: port, wait: 30, until: "\r\n\r\n").text.hasPrefix("HTTP/1.1 413"))
        }
    }

    @Test func aHalfSentRequestIsClosedAfterTheReadTimeOut() async throws {
        try await TestAPI.with(mode: .live, readTimeout: .seconds(1)) { api in
            let port = try #require(api.client.port)
            let partialHead = "GET /api/v1/lists HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bea"
            let headers = try await RawConnection.sendAndListen(Array(partialHead.utf8), port: port, wait: 30)
            #expect(headers.closedAfter.map { $0 < 20 } == true, "a head that never ends: closed after \(String(describing: headers.closedAfter))")
            let partialBody = """
                POST /api/v1/lists HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(api.adminToken)\r\n\
                Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":
                """
            let body = try await RawConnection.sendAndListen(Array(partialBody.utf8), port: port, wait: 30)
            #expect(body.closedAfter.map { $0 < 20 } == true, "a body that stops: closed after \(String(describing: body.closedAfter))")
            // The test client's own idle connection is closed by the same time-out, so the store is asked.
            #expect(try await api.store.lists.list(tenantID: 1, page: PageRequest()).items.isEmpty)
        }
    }

    @Test func aClientThatAbortsMidBodyIsNoServerError() async throws {
        try await TestAPI.with(mode: .live) { api in
            let port = try #require(api.client.port)
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads"}"#).object?["id"] as? Int)
            let head = """
                POST /api/v1/lists/\(listID)/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(api.adminToken)\r\n\
                Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"externalId":
                """
            try RawConnection.sendAndHangUp(Array(head.utf8), port: port)
            try await Task.sleep(for: .milliseconds(500))
            let metrics = try await api.call(.get, "/metrics", headers: [.authorization: ""]).text
            #expect(!metrics.contains("status=\"500\""), "\(metrics)")
            #expect(metrics.contains(#"route="/api/v1/lists/{id}/contacts",status="400""#))
        }
    }

    @Test func anOverlongURLIsA414Problem() async throws {
        try await TestAPI.with { api in
            let long = (0..<20).map { "p\($0)=" + String(repeating: "a", count: 450) }.joined(separator: "&")
            let answer = try await api.call(.get, "/api/v1/contacts/search?" + long)
            #expect(answer.status == .uriTooLong && answer.isProblem)
            // One value past what any parameter takes is that parameter's error.
            let value = try await api.call(.get, "/api/v1/contacts/search?name=" + String(repeating: "a", count: 600))
            #expect(value.status == .badRequest && value.problemFields == ["name"])
        }
    }
}

@Suite struct QueueMetricsTests {
    @Test func metricsAndTheProcessShowTheQueue() async throws {
        try await TestAPI.with { api in
            let list = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads"}"#).object?["id"] as? Int)
            let first = try await api.call(.post, "/api/v1/lists/\(list)/exports", json: "{}")
            let second = try await api.call(.post, "/api/v1/lists/\(list)/exports", json: "{}")
            let id = try #require(second.object?["id"] as? Int)
            #expect(first.status == .accepted)
            #expect(try await api.call(.get, "/api/v1/processes/\(id)").object?["queuePlace"] as? Int == 2)
            let metrics = try await api.call(.get, "/metrics", headers: [.authorization: ""]).text
            #expect(metrics.contains("leadline_processes_pending 2"), "\(metrics)")
            #expect(metrics.contains("leadline_processes_running 0"))
            await api.runner.runDue()
            #expect(try await api.call(.get, "/api/v1/processes/\(id)").object?["queuePlace"] == nil)
            #expect(try await api.call(.get, "/metrics", headers: [.authorization: ""]).text.contains("leadline_processes_pending 0"))
        }
    }
}
