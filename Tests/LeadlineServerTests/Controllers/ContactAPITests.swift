import Hummingbird
import LeadlineStore
import Testing

@Suite struct ContactAPITests {
    @Test func createReadUpdateDeleteWithVersionsAndHistory() async throws {
        try await TestAPI.with { api in
            _ = try await api.call(.post, "/api/v1/fields", json: #"{"name":"balance","type":"decimal"}"#)
            let list = try await api.call(.post, "/api/v1/lists", json: #"{"name":"Spring"}"#)
            let listID = try #require(list.object?["id"] as? Int)
            let created = try await api.call(.post, "/api/v1/lists/\(listID)/contacts", json: """
                {"externalId":"A1","firstName":"Ann","lastName":"Lee","emails":["ann@example.com"],
                 "phones":[{"number":"+1 (415) 555-0100","type":"mobile"}],"custom":{"balance":12.5}}
                """)
            #expect(created.status == .created && created.headers[.eTag] == "\"1\"")
            let id = try #require(created.object?["id"] as? Int)
            let phones = try #require(created.object?["phones"] as? [[String: Any]])
            #expect(phones.first?["e164"] as? String == "+14155550100" && phones.first?["raw"] as? String == "+1 (415) 555-0100")
            #expect((created.object?["custom"] as? [String: Any])?["balance"] as? Double == 12.5)
            #expect((created.object?["history"] as? [[String: Any]])?.first?["kind"] as? String == "created")

            let updated = try await api.call(.patch, "/api/v1/contacts/\(id)", json: #"{"status":"closed"}"#, headers: [.ifMatch: "\"1\""])
            #expect(updated.status == .ok && updated.object?["version"] as? Int == 2 && updated.headers[.eTag] == "\"2\"")
            let stale = try await api.call(.patch, "/api/v1/contacts/\(id)", json: #"{"status":"remaining"}"#, headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed && stale.isProblem)

            let read = try await api.call(.get, "/api/v1/contacts/\(id)")
            #expect(read.object?["status"] as? String == "closed")
            let history = try #require(read.object?["history"] as? [[String: Any]])
            #expect(history.map { $0["kind"] as? String } == ["status_changed", "created"])
            #expect(history.first?["actor"] as? String == "token:1 first administrator")

            let paged = try await api.call(.get, "/api/v1/contacts/\(id)/history?limit=1")
            #expect(paged.items.count == 1)
            let cursor = try #require(paged.object?["nextCursor"] as? String)
            let next = try await api.call(.get, "/api/v1/contacts/\(id)/history?limit=1&cursor=\(cursor)")
            #expect(next.items.first?["kind"] as? String == "created" && next.object?["nextCursor"] == nil)

            #expect(try await api.call(.delete, "/api/v1/contacts/\(id)", headers: [.ifMatch: "1"]).status == .preconditionFailed)
            #expect(try await api.call(.delete, "/api/v1/contacts/\(id)", headers: [.ifMatch: "2"]).status == .noContent)
            #expect(try await api.call(.get, "/api/v1/contacts/\(id)").status == .notFound)
        }
    }

    @Test func numbersAreNormalizedInTheListsRegion() async throws {
        try await TestAPI.with { api in
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"US leads","defaultRegion":"US"}"#).object?["id"] as? Int)
            let created = try await api.call(.post, "/api/v1/lists/\(listID)/contacts", json: #"{"externalId":"A","phones":[{"number":"(415) 555-2671"}]}"#)
            let phones = try #require(created.object?["phones"] as? [[String: Any]])
            #expect(phones.first?["e164"] as? String == "+14155552671" && phones.first?["type"] as? String == "fixed_line_or_mobile")
            let refused = try await api.call(.post, "/api/v1/lists/\(listID)/contacts", json: #"{"externalId":"B","phones":[{"number":"555-12"}]}"#)
            #expect(refused.status == .badRequest && refused.problemFields == ["phones[0].number"])
            #expect(refused.object?["detail"] as? String == "phones[0].number '555-12' is too short for its country")
            _ = try await api.call(.patch, "/api/v1/lists/\(listID)", json: #"{"keepInvalidNumbers":true}"#)
            let kept = try await api.call(.post, "/api/v1/lists/\(listID)/contacts", json: #"{"externalId":"B","phones":[{"number":"555-12"}]}"#)
            let keptPhone = try #require((kept.object?["phones"] as? [[String: Any]])?.first)
            #expect(kept.status == .created && keptPhone["state"] as? String == "excluded" && keptPhone["problem"] as? String == "too_short")
        }
    }

    @Test(arguments: [Engine.sqlite, .postgres])
    func callingZonesComeFromTheZoneThenTheStateThenTheNumbersThenTheList(engine: Engine) async throws {
        try await TestAPI.with(engine) { api in
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"L","timeZone":"Europe/Paris"}"#).object?["id"] as? Int)
            func zones(_ json: String) async throws -> [String]? {
                try await api.call(.post, "/api/v1/lists/\(listID)/contacts", json: json).object?["callingZones"] as? [String]
            }
            #expect(try await zones(#"{"externalId":"A","timeZone":"Asia/Tokyo","state":"TX","phones":[{"number":"+12125550100"}]}"#) == ["Asia/Tokyo"])
            #expect(try await zones(#"{"externalId":"B","state":"tx","phones":[{"number":"+12125550100"}]}"#) == ["America/Chicago", "America/Denver"])
            #expect(try await zones(#"{"externalId":"C","phones":[{"number":"+12125550100"}]}"#) == ["America/New_York"])
            #expect(try await zones(#"{"externalId":"D"}"#) == ["Europe/Paris"])
            let stored = try await api.call(.get, "/api/v1/lists/\(listID)/contacts")
            let states = (stored.object?["items"] as? [[String: Any]])?.map { $0["state"] as? String }
            #expect(states == ["US-TX", "US-TX", nil, nil])
        }
    }

    @Test func aContactShowsItsLatestFiftyEvents() async throws {
        try await TestAPI.with { api in
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"L"}"#).object?["id"] as? Int)
            let id = try #require(try await api.call(.post, "/api/v1/lists/\(listID)/contacts", json: #"{"externalId":"A"}"#).object?["id"] as? Int)
            for index in 0..<60 {
                _ = try await api.call(.patch, "/api/v1/contacts/\(id)", json: #"{"firstName":"N\#(index)"}"#)
            }
            let read = try await api.call(.get, "/api/v1/contacts/\(id)")
            #expect((read.object?["history"] as? [[String: Any]])?.count == 50)
            var total = 0
            var cursor: String?
            repeat {
                let page = try await api.call(.get, "/api/v1/contacts/\(id)/history?limit=1000" + (cursor.map { "&cursor=\($0)" } ?? ""))
                total += page.items.count
                cursor = page.object?["nextCursor"] as? String
            } while cursor != nil
            #expect(total == 61)
        }
    }

    @Test(arguments: [Engine.sqlite, .postgres])
    func searchThroughTheAPI(engine: Engine) async throws {
        try await TestAPI.with(engine) { api in
            _ = try await api.call(.post, "/api/v1/fields", json: #"{"name":"city","type":"text"}"#)
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"L"}"#).object?["id"] as? Int)
            for (index, name) in ["Smith", "Smithers", "Jones"].enumerated() {
                _ = try await api.call(.post, "/api/v1/lists/\(listID)/contacts", json: """
                    {"externalId":"E\(index)","lastName":"\(name)","phones":[{"number":"+4420794609\(index)0"},{"number":"+4420794609\(index)1"}],"custom":{"city":"Leeds"}}
                    """)
            }
            let bySurname = try await api.call(.get, "/api/v1/contacts/search?name=smith&limit=1")
            #expect(bySurname.items.map { $0["lastName"] as? String } == ["Smith"])
            let cursor = try #require(bySurname.object?["nextCursor"] as? String)
            #expect(try await api.call(.get, "/api/v1/contacts/search?name=smith&limit=1&cursor=\(cursor)").items.map { $0["lastName"] as? String } == ["Smithers"])
            #expect(try await api.call(.get, "/api/v1/contacts/search?phone=7946091").items.count == 1)
            #expect(try await api.call(.get, "/api/v1/contacts/search?list=\(listID)&field.city=Leeds&status=remaining").items.count == 3)
        }
    }
}
