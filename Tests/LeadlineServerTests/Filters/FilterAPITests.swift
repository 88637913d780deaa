import Foundation
import LeadlineStore
import Testing

@Suite struct FilterAPITests {
    private func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }

    /// A list with a typed field and five contacts: balances 0, 100, 200, 300, 400; the last closed.
    private func seed(_ api: TestAPI) async throws -> Int {
        _ = try await api.call(.post, "/api/v1/fields", json: #"{"name":"balance","type":"decimal"}"#)
        let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Spring","defaultRegion":"US"}"#).object?["id"] as? Int)
        for index in 0..<5 {
            let created = try await api.call(.post, "/api/v1/lists/\(listID)/contacts", json: """
                {"externalId":"A\(index)","lastName":"Lee\(index)","phones":[{"number":"(415) 555-010\(index)"}],
                 "status":"\(index == 4 ? "closed" : "remaining")","custom":{"balance":\(index * 100)}}
                """)
            #expect(created.status == .created, "\(created.text)")
        }
        return listID
    }

    @Test(arguments: [Engine.sqlite, .postgres])
    func previewCountsAndShowsTheFirstContacts(engine: Engine) async throws {
        try await TestAPI.with(engine) { api in
            let listID = try await seed(api)
            let preview = try await api.call(.post, "/api/v1/filters/preview", json: """
                {"lists":[\(listID)],"filter":"status = \\"remaining\\" and balance > 100","limit":1}
                """)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.object?["count"] as? Int == 2)
            #expect(preview.object?["text"] as? String == #"status = "remaining" and balance > 100"#)
            #expect((preview.object?["contacts"] as? [[String: Any]])?.map { $0["externalId"] as? String } == ["A2"])

            let json = try await api.call(.post, "/api/v1/filters/preview", json: """
                {"lists":[\(listID)],"filter":{"any":[{"field":"phone","op":"equals","value":"415 555 0100"},{"field":"balance","op":"greater_or_equal","value":400}]}}
                """)
            #expect(json.object?["count"] as? Int == 2, "\(json.text)")
        }
    }

    @Test func templatesAreSavedReadUsedAndDeletedWithinTheTenant() async throws {
        try await TestAPI.with { api in
            let listID = try await seed(api)
            let saved = try await api.call(.put, "/api/v1/filters/rich", json: #"{"filter":"balance >= 200"}"#)
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(saved.object?["text"] as? String == "balance >= 200")
            #expect((saved.object?["filter"] as? [String: Any])?["op"] as? String == "greater_or_equal")
            #expect(try await api.call(.get, "/api/v1/filters").items.map { $0["name"] as? String } == ["rich"])
            #expect(try await api.call(.get, "/api/v1/filters/rich").object?["name"] as? String == "rich")

            let used = try await api.call(.post, "/api/v1/filters/preview", json: #"{"lists":[\#(listID)],"template":"rich"}"#)
            #expect(used.object?["count"] as? Int == 3, "\(used.text)")

            let other = try await api.tenant("other")
            #expect(try await api.call(.get, "/api/v1/filters/rich", token: other.token).status == .notFound)
            #expect(try await api.call(.get, "/api/v1/filters", token: other.token).items.isEmpty)
            let foreign = try await api.call(.post, "/api/v1/filters/preview", token: other.token, json: #"{"lists":[\#(listID)],"filter":"priority > 0"}"#)
            #expect(foreign.status == .notFound)

            #expect(try await api.call(.delete, "/api/v1/filters/rich").status == .noContent)
            #expect(try await api.call(.delete, "/api/v1/filters/rich").status == .notFound)
        }
    }

    @Test func badFiltersAreClearErrorsAndChangeNothing() async throws {
        try await TestAPI.with { api in
            let listID = try await seed(api)
            let cases: [(String, String, String)] = [
                (#"{"lists":[\#(listID)],"filter":"balance > \"abc\""}"#, "filter", "balance: expects a value of type decimal"),
                (#"{"lists":[\#(listID)],"filter":"nosuch = 1"}"#, "filter", "'nosuch' is not a field"),
                (#"{"lists":[\#(listID)],"filter":"balance >"}"#, "filter", "at the end: expected a value"),
                (#"{"lists":[\#(listID)],"filter":{"field":"balance","op":"drop"}}"#, "filter.op", "'drop' is not an operator"),
                (#"{"lists":[],"filter":"balance > 1"}"#, "lists", "must name 1 to"),
                (#"{"lists":[\#(listID)],"filter":"balance > 1","template":"rich"}"#, "template", "not both"),
                (#"{"lists":[\#(listID)],"template":"nosuch"}"#, "template", "no filter template"),
                (#"{"lists":[\#(listID)],"limit":1000}"#, "limit", "must be from 0 to 100"),
                (#"{"lists":[\#(listID)],"sql":"1=1"}"#, "sql", "is not a known field"),
            ]
            for (body, field, reason) in cases {
                let response = try await api.call(.post, "/api/v1/filters/preview", json: body)
                #expect(response.status == .badRequest && response.isProblem, "\(body): \(response.text)")
                #expect(response.problemFields == [field], "\(body): \(response.text)")
                #expect(response.text.contains(reason), "\(body): \(response.text)")
            }
            let badTemplate = try await api.call(.put, "/api/v1/filters/x", json: #"{"filter":"a = "}"#)
            #expect(badTemplate.status == .badRequest && badTemplate.problemFields == ["filter"])
            let longName = try await api.call(.put, "/api/v1/filters/\(String(repeating: "n", count: 101))", json: #"{"filter":"priority > 1"}"#)
            #expect(longName.status == .badRequest && longName.problemFields == ["name"], "\(longName.text)")
            let emptyAny = try await api.call(.put, "/api/v1/filters/x", json: #"{"filter":{"any":[]}}"#)
            #expect(emptyAny.status == .badRequest && emptyAny.problemFields == ["filter.any"], "\(emptyAny.text)")
            #expect(try await api.call(.get, "/api/v1/filters").items.isEmpty)
            let everything = try await api.call(.post, "/api/v1/filters/preview", json: #"{"lists":[\#(listID)]}"#)
            #expect(everything.object?["count"] as? Int == 5)
        }
    }

    @Test func searchAndExportTakeAFilter() async throws {
        try await TestAPI.with { api in
            let listID = try await seed(api)
            let found = try await api.call(.get, "/api/v1/contacts/search?list=\(listID)&filter=\(encoded("balance between 100 and 300 and status != \"closed\""))")
            #expect(found.items.map { $0["externalId"] as? String } == ["A1", "A2", "A3"], "\(found.text)")
            let bad = try await api.call(.get, "/api/v1/contacts/search?list=\(listID)&filter=\(encoded("balance > \"x\""))")
            #expect(bad.status == .badRequest && bad.problemFields == ["filter"])

            let streamed = try await api.call(.get, "/api/v1/lists/\(listID)/export?fields=external_id&filter=\(encoded("balance < 200"))")
            #expect(streamed.text == "external_id\r\nA0\r\nA1\r\n", "\(streamed.text)")
            let refused = try await api.call(.get, "/api/v1/lists/\(listID)/export?filter=\(encoded("status = \"gone\""))")
            #expect(refused.status == .badRequest && refused.problemFields == ["filter"], "\(refused.text)")

            let process = try await api.call(.post, "/api/v1/lists/\(listID)/exports", json: #"{"fields":["external_id"],"filter":{"field":"balance","op":"greater","value":250}}"#)
            #expect(process.status == .accepted, "\(process.text)")
            let id = try #require(process.object?["id"] as? Int)
            await api.runner.runDue()
            let file = try await api.call(.get, "/api/v1/processes/\(id)/file")
            #expect(file.text == "external_id\r\nA3\r\nA4\r\n", "\(file.text)")
            let badProcess = try await api.call(.post, "/api/v1/lists/\(listID)/exports", json: #"{"filter":"balance >"}"#)
            #expect(badProcess.status == .badRequest && badProcess.problemFields == ["filter"])
            #expect(try await api.call(.get, "/api/v1/processes").items.count == 1)
        }
    }
}
