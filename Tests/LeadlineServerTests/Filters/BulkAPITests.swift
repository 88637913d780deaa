import Foundation
import LeadlineStore
import Testing

@Suite struct BulkAPITests {
    private func seed(_ api: TestAPI) async throws -> Int {
        let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Spring","defaultRegion":"US"}"#).object?["id"] as? Int)
        for index in 1...6 {
            let created = try await api.call(.post, "/api/v1/lists/\(listID)/contacts", json: """
                {"externalId":"A\(index)","priority":\(index),"phones":[{"number":"(415) 555-010\(index)"}],
                 "status":"\(index == 1 ? "callback" : "remaining")"}
                """)
            #expect(created.status == .created, "\(created.text)")
        }
        return listID
    }

    @Test func deletionsRunAsProcessesAndFillTheReport() async throws {
        try await TestAPI.with { api in
            let listID = try await seed(api)
            let started = try await api.call(.post, "/api/v1/lists/\(listID)/deletions", json: #"{"filter":"priority <= 3"}"#)
            #expect(started.status == .accepted, "\(started.text)")
            #expect(started.object?["kind"] as? String == "delete")
            let id = try #require(started.object?["id"] as? Int)
            await api.runner.runDue()
            let process = try await api.call(.get, "/api/v1/processes/\(id)")
            #expect(process.object?["state"] as? String == "finished", "\(process.text)")
            let counts = try #require(process.object?["counts"] as? [String: Any])
            #expect(counts["deleted"] as? Int == 2 && counts["skipped"] as? Int == 1)
            #expect((process.object?["details"] as? String)?.contains("skipped 1 in progress: 1 a callback is set") == true, "\(process.text)")
            let backup = try await api.call(.get, "/api/v1/processes/\(id)/file")
            #expect(backup.text.split(separator: "\r\n").count == 3, "\(backup.text)")

            let report = try await api.call(.get, "/api/v1/deleted-contacts?list=\(listID)")
            #expect(report.items.map { $0["externalId"] as? String } == ["A3", "A2"], "\(report.text)")
            #expect(report.items.first?["processId"] as? Int == id && report.items.first?["filter"] as? String == "priority <= 3")
            #expect(report.items.first?["deletedBy"] as? String == "delete \(id) by token:1 first administrator")
            #expect(try await api.call(.get, "/api/v1/deleted-contacts?process=\(id)&limit=1").object?["nextCursor"] is String)
            #expect(try await api.call(.get, "/api/v1/deleted-contacts?list=x").status == .badRequest)
            #expect(try await api.call(.get, "/api/v1/deleted-contacts?who=me").problemFields == ["who"])

            let other = try await api.tenant("other")
            #expect(try await api.call(.get, "/api/v1/deleted-contacts", token: other.token).items.isEmpty)
            #expect(try await api.call(.post, "/api/v1/lists/\(listID)/deletions", token: other.token, json: #"{"filter":"priority > 0"}"#).status == .notFound)
        }
    }

    @Test func destructiveWorkWithoutAFilterMustBeConfirmed() async throws {
        try await TestAPI.with { api in
            let listID = try await seed(api)
            for body in ["{}", #"{"filter":""}"#, #"{"filter":{"all":[]}}"#] {
                let refused = try await api.call(.post, "/api/v1/lists/\(listID)/deletions", json: body)
                #expect(refused.status == .badRequest && refused.problemFields == ["confirmAll"], "\(body): \(refused.text)")
            }
            #expect(try await api.call(.get, "/api/v1/processes").items.isEmpty)
            let confirmed = try await api.call(.post, "/api/v1/lists/\(listID)/deletions", json: #"{"confirmAll":true}"#)
            #expect(confirmed.status == .accepted)
            await api.runner.runDue()
            #expect(try await api.call(.get, "/api/v1/lists/\(listID)/contacts").items.map { $0["externalId"] as? String } == ["A1"])
        }
    }

    @Test func statusChangesCheckWhatTheyChange() async throws {
        try await TestAPI.with { api in
            let listID = try await seed(api)
            let cases: [(String, String)] = [
                (#"{"filter":"priority > 1"}"#, "status"),
                (#"{"filter":"priority > 1","status":"processing"}"#, "status"),
                (#"{"filter":"priority > 1","priority":11}"#, "priority"),
                (#"{"filter":"priority > 1","activatePhones":["blocked"]}"#, "activatePhones"),
                (#"{"filter":"priority > \"x\"","status":"closed"}"#, "filter"),
                (#"{"filter":"priority > 1","status":"closed","scheduledAt":"tomorrow"}"#, "scheduledAt"),
                (#"{"filter":"priority > 1","status":"gone"}"#, "status"),
            ]
            for (body, field) in cases {
                let refused = try await api.call(.post, "/api/v1/lists/\(listID)/status-changes", json: body)
                #expect(refused.status == .badRequest && refused.problemFields == [field], "\(body): \(refused.text)")
            }
            #expect(try await api.call(.get, "/api/v1/processes").items.isEmpty)
            let started = try await api.call(.post, "/api/v1/lists/\(listID)/status-changes", json: #"{"filter":"priority >= 5","status":"closed","priority":1}"#)
            #expect(started.status == .accepted && started.object?["kind"] as? String == "status_change", "\(started.text)")
            await api.runner.runDue()
            let closed = try await api.call(.get, "/api/v1/lists/\(listID)/contacts?status=closed")
            #expect(closed.items.map { $0["externalId"] as? String } == ["A5", "A6"] && closed.items.allSatisfy { $0["priority"] as? Int == 1 })
        }
    }

    @Test func deletingOneContactInProgressIsAConflict() async throws {
        try await TestAPI.with { api in
            let listID = try await seed(api)
            let contacts = try await api.call(.get, "/api/v1/lists/\(listID)/contacts").items
            let busy = try #require(contacts.first { $0["status"] as? String == "callback" }?["id"] as? Int)
            let refused = try await api.call(.delete, "/api/v1/contacts/\(busy)")
            #expect(refused.status == .conflict && refused.isProblem && refused.text.contains("a callback is set"), "\(refused.text)")
            #expect(try await api.call(.get, "/api/v1/contacts/\(busy)").status == .ok)
            let free = try #require(contacts.last?["id"] as? Int)
            #expect(try await api.call(.delete, "/api/v1/contacts/\(free)").status == .noContent)
            let report = try await api.call(.get, "/api/v1/deleted-contacts")
            #expect(report.items.map { $0["contactId"] as? Int } == [free] && report.items[0]["processId"] == nil)
        }
    }
}
