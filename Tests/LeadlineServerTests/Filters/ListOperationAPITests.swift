import Foundation
import LeadlineStore
import Testing

@Suite struct ListOperationAPITests {
    private func list(_ api: TestAPI, _ name: String, contacts: Int) async throws -> Int {
        let id = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"\#(name)","defaultRegion":"US"}"#).object?["id"] as? Int)
        for index in 1...max(1, contacts) where contacts > 0 {
            let created = try await api.call(.post, "/api/v1/lists/\(id)/contacts", json: """
                {"externalId":"\(name)\(index)","priority":\(index),"phones":[{"number":"(415) 555-01\(String(format: "%02d", index))"}]}
                """)
            #expect(created.status == .created, "\(created.text)")
        }
        return id
    }

    @Test func previewThenCopyIntoANewList() async throws {
        try await TestAPI.with { api in
            let source = try await list(api, "A", contacts: 5)
            let preview = try await api.call(.post, "/api/v1/list-operations/preview", json: #"{"action":"copy","sources":[\#(source)],"filter":"priority > 2","newList":"Best"}"#)
            #expect(preview.status == .ok && preview.object?["count"] as? Int == 3, "\(preview.text)")
            #expect((preview.object?["contacts"] as? [[String: Any]])?.count == 3)
            #expect(try await api.call(.get, "/api/v1/lists").items.count == 1, "a preview creates nothing")

            let started = try await api.call(.post, "/api/v1/list-operations", json: #"{"action":"copy","sources":[\#(source)],"filter":"priority > 2","newList":"Best"}"#)
            #expect(started.status == .accepted && started.object?["kind"] as? String == "list_operation", "\(started.text)")
            let destination = try #require(started.object?["listId"] as? Int)
            await api.runner.runDue()
            let id = try #require(started.object?["id"] as? Int)
            #expect(try await api.call(.get, "/api/v1/processes/\(id)").object?["state"] as? String == "finished")
            #expect(try await api.call(.get, "/api/v1/lists/\(destination)/contacts").items.map { $0["externalId"] as? String } == ["A3", "A4", "A5"])
            #expect(try await api.call(.get, "/api/v1/lists/\(destination)").object?["name"] as? String == "Best")
        }
    }

    @Test func contradictionsAreRefusedAndNothingRuns() async throws {
        try await TestAPI.with { api in
            let source = try await list(api, "A", contacts: 2)
            let other = try await list(api, "B", contacts: 0)
            let cases: [(String, String)] = [
                (#"{"action":"move","sources":[\#(source)],"destination":\#(source),"filter":"priority > 1"}"#, "destination"),
                (#"{"action":"copy","sources":[\#(source)]}"#, "destination"),
                (#"{"action":"remove","sources":[\#(source)],"destination":\#(other),"filter":"priority > 1"}"#, "destination"),
                (#"{"action":"remove","sources":[\#(source)]}"#, "confirmAll"),
                (#"{"action":"reset","sources":[\#(source)],"attemptsLeft":500,"filter":"priority > 1"}"#, "attemptsLeft"),
                (#"{"action":"update_fields","sources":[\#(source)],"filter":"priority > 1"}"#, "fields"),
                (#"{"action":"update_fields","sources":[\#(source)],"filter":"priority > 1","fields":{"nosuch":1}}"#, "fields.nosuch"),
                (#"{"action":"copy","sources":[\#(source)],"destination":\#(other),"excludeLists":[\#(other)]}"#, "excludeMatch"),
                (#"{"action":"copy","sources":[\#(source)],"destination":\#(other),"excludeLists":[\#(other)],"excludeMatch":"shoe_size"}"#, "excludeMatch"),
                (#"{"action":"copy","sources":[\#(source)],"destination":\#(other),"createdFrom":"yesterday"}"#, "createdFrom"),
                (#"{"action":"copy","sources":[\#(source)],"destination":\#(other),"newList":"X"}"#, "newList"),
                (#"{"action":"copy","sources":[\#(source)],"destination":\#(other),"filter":"priority >"}"#, "filter"),
                (#"{"action":"copy","sources":[],"destination":\#(other)}"#, "sources"),
                (#"{"action":"swap","sources":[\#(source)]}"#, "action"),
            ]
            for (body, field) in cases {
                let refused = try await api.call(.post, "/api/v1/list-operations", json: body)
                #expect(refused.status == .badRequest && refused.problemFields.first == field, "\(body): \(refused.text)")
            }
            #expect(try await api.call(.post, "/api/v1/list-operations", json: #"{"action":"copy","sources":[999],"destination":\#(other)}"#).status == .notFound)
            let foreign = try await api.tenant("rival")
            #expect(try await api.call(.post, "/api/v1/list-operations", token: foreign.token,
                                       json: #"{"action":"remove","sources":[\#(source)],"confirmAll":true}"#).status == .notFound)
            #expect(try await api.call(.get, "/api/v1/processes").items.isEmpty)
            #expect(try await api.call(.get, "/api/v1/lists").items.count == 2)
            let limited = try await api.call(.post, "/api/v1/list-operations", json: #"{"action":"remove","sources":[\#(source)],"limit":1}"#)
            #expect(limited.status == .accepted, "a limit narrows the work: \(limited.text)")
            await api.runner.runDue()
            #expect(try await api.call(.get, "/api/v1/lists/\(source)/contacts").items.map { $0["externalId"] as? String } == ["A2"])
        }
    }
}
