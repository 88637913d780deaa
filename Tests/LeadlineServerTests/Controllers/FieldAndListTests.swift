import Hummingbird
import Testing

@Suite struct FieldAndListTests {
    @Test func theCatalogSeedsNewListsOnly() async throws {
        try await TestAPI.with { api in
            let field = try await api.call(.post, "/api/v1/fields", json: #"{"name":"tier","type":"choice","validValues":["gold","silver"]}"#)
            #expect(field.status == .created && field.headers[.eTag] == "\"1\"")
            let list = try await api.call(.post, "/api/v1/lists", json: #"{"name":"Spring","timeZone":"America/New_York","defaultRegion":"US"}"#)
            #expect(list.status == .created)
            let listID = try #require(list.object?["id"] as? Int)
            #expect((list.object?["schema"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["tier"])
            let fieldID = try #require(field.object?["id"] as? Int)
            let changed = try await api.call(.patch, "/api/v1/fields/\(fieldID)", json: #"{"displayName":"Tier"}"#, headers: [.ifMatch: "\"1\""])
            #expect(changed.object?["displayName"] as? String == "Tier" && changed.object?["version"] as? Int == 2)
            let reread = try await api.call(.get, "/api/v1/lists/\(listID)")
            #expect((reread.object?["schema"] as? [[String: Any]])?.first?["displayName"] as? String == "tier")
            let grown = try await api.call(.post, "/api/v1/lists/\(listID)/fields", json: #"{"name":"balance","type":"decimal"}"#)
            #expect(grown.status == .created)
            #expect((grown.object?["schema"] as? [[String: Any]])?.count == 2)
            #expect(try await api.call(.get, "/api/v1/fields").items.count == 1)
        }
    }

    @Test func listsAreUpdatedDisabledEmptiedAndDeleted() async throws {
        try await TestAPI.with { api in
            let list = try await api.call(.post, "/api/v1/lists", json: #"{"name":"Spring"}"#)
            let id = try #require(list.object?["id"] as? Int)
            let disabled = try await api.call(.patch, "/api/v1/lists/\(id)", json: #"{"enabled":false,"owner":"Mia"}"#, headers: [.ifMatch: "1"])
            #expect(disabled.object?["enabled"] as? Bool == false && disabled.object?["owner"] as? String == "Mia")
            #expect(try await api.call(.patch, "/api/v1/lists/\(id)", json: #"{"enabled":true}"#, headers: [.ifMatch: "1"]).status == .preconditionFailed)
            for index in 0..<3 {
                #expect(try await api.call(.post, "/api/v1/lists/\(id)/contacts", json: #"{"externalId":"A\#(index)"}"#).status == .created)
            }
            let emptied = try await api.call(.post, "/api/v1/lists/\(id)/empty")
            #expect(emptied.object?["removed"] as? Int == 3)
            #expect(try await api.call(.get, "/api/v1/lists/\(id)/contacts").items.isEmpty)
            #expect(try await api.call(.delete, "/api/v1/lists/\(id)").status == .noContent)
            #expect(try await api.call(.get, "/api/v1/lists/\(id)").status == .notFound)
        }
    }

    @Test func sharedListsAreVisibleButOnlyTheOwnerChangesThem() async throws {
        try await TestAPI.with { api in
            let partner = try await api.tenant("partner")
            let stranger = try await api.tenant("stranger")
            let list = try await api.call(.post, "/api/v1/lists", json: #"{"name":"Shared","sharedWith":[\#(partner.id)]}"#)
            let id = try #require(list.object?["id"] as? Int)
            let shares = list.object?["sharedWith"] as? [[String: Any]]
            #expect(shares?.first?["access"] as? String == "read" && shares?.first?["accepted"] as? Bool == false)
            let contact = try await api.call(.post, "/api/v1/lists/\(id)/contacts", json: #"{"externalId":"A1","lastName":"Smith"}"#)
            let contactID = try #require(contact.object?["id"] as? Int)
            // Offered, not yet accepted: the partner sees the offer and nothing else.
            #expect(try await api.call(.get, "/api/v1/lists/\(id)", token: partner.token).status == .notFound)
            let offers = try await api.call(.get, "/api/v1/list-shares", token: partner.token)
            #expect(offers.items.map { $0["state"] as? String } == ["offered"])
            #expect(try await api.call(.post, "/api/v1/list-shares/\(id)/accept", token: stranger.token).status == .notFound)
            #expect(try await api.call(.post, "/api/v1/list-shares/\(id)/accept", token: partner.token).object?["state"] as? String == "accepted")
            let seen = try await api.call(.get, "/api/v1/lists/\(id)", token: partner.token)
            #expect(seen.status == .ok && seen.object?["access"] as? String == "read")
            #expect((seen.object?["sharedWith"] as? [Any])?.isEmpty == true)
            #expect(try await api.call(.get, "/api/v1/contacts/\(contactID)", token: partner.token).status == .ok)
            #expect(try await api.call(.get, "/api/v1/contacts/search?name=smith", token: partner.token).items.count == 1)
            #expect(try await api.call(.patch, "/api/v1/lists/\(id)", token: partner.token, json: #"{"name":"Mine"}"#).status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/lists/\(id)", token: stranger.token).status == .notFound)
            #expect(try await api.call(.get, "/api/v1/contacts/\(contactID)", token: stranger.token).status == .notFound)
            #expect(try await api.call(.get, "/api/v1/contacts/search?name=smith", token: stranger.token).items.isEmpty)
        }
    }

    @Test func aTenantAListIsSharedWithForReadingWritesNothingOfIt() async throws {
        try await TestAPI.with { api in
            let partner = try await api.tenant("partner")
            let list = try await api.call(.post, "/api/v1/lists", json: #"{"name":"Shared","sharedWith":[\#(partner.id)]}"#)
            let id = try #require(list.object?["id"] as? Int)
            let contact = try await api.call(.post, "/api/v1/lists/\(id)/contacts", json: #"{"externalId":"A1","lastName":"Smith"}"#)
            let contactID = try #require(contact.object?["id"] as? Int)
            _ = try await api.call(.post, "/api/v1/list-shares/\(id)/accept", token: partner.token)
            let writes: [(HTTPRequest.Method, String, String?)] = [
                (.post, "/api/v1/lists/\(id)/contacts", #"{"externalId":"B1"}"#),
                (.patch, "/api/v1/contacts/\(contactID)", #"{"lastName":"Gone"}"#),
                (.delete, "/api/v1/contacts/\(contactID)", nil),
                (.post, "/api/v1/lists/\(id)/empty", nil),
                (.post, "/api/v1/lists/\(id)/deletions", #"{"confirmAll":true}"#),
                (.post, "/api/v1/lists/\(id)/status-changes", #"{"status":"closed","confirmAll":true}"#),
                (.post, "/api/v1/list-operations", #"{"action":"remove","sources":[\#(id)]}"#),
                (.post, "/api/v1/lists/\(id)/fields", #"{"name":"extra","type":"text"}"#),
                (.delete, "/api/v1/lists/\(id)", nil),
                (.post, "/api/v1/data-sources", #"{"name":"s","listId":\#(id),"location":{"kind":"file","path":"/tmp/x.csv"},"schedule":{"kind":"once","at":"2030-01-01T00:00:00Z"}}"#),
            ]
            for (method, path, json) in writes {
                let answer = try await api.call(method, path, token: partner.token, json: json)
                #expect(answer.status == .forbidden, "\(method) \(path) answered \(answer.status)")
            }
            let upload = try await api.send(.post, "/api/v1/lists/\(id)/imports", body: Array("external_id\nB2\n".utf8), token: partner.token)
            #expect(upload.status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/lists/\(id)/contacts").items.count == 1)
            #expect(try await api.call(.get, "/api/v1/contacts/\(contactID)").object?["lastName"] as? String == "Smith")
            #expect(try await api.call(.get, "/api/v1/processes").items.isEmpty)
            // Reading stays open to it: an export of the list.
            #expect(try await api.call(.get, "/api/v1/lists/\(id)/export", token: partner.token).status == .ok)
        }
    }

    @Test func aWriteShareAddsContactsButNeverTheListItself() async throws {
        try await TestAPI.with { api in
            let partner = try await api.tenant("partner")
            let list = try await api.call(
                .post, "/api/v1/lists", json: #"{"name":"Shared","sharedWith":[{"tenantId":\#(partner.id),"access":"write"}]}"#)
            let id = try #require(list.object?["id"] as? Int)
            _ = try await api.call(.post, "/api/v1/list-shares/\(id)/accept", token: partner.token)
            #expect(try await api.call(.post, "/api/v1/lists/\(id)/contacts", token: partner.token, json: #"{"externalId":"B1"}"#).status == .created)
            #expect(try await api.call(.patch, "/api/v1/lists/\(id)", token: partner.token, json: #"{"name":"Mine"}"#).status == .forbidden)
            let reaching = try await api.send(
                .post, "/api/v1/lists/\(id)/imports?updateOtherLists=true", body: Array("external_id\nB2\n".utf8), token: partner.token)
            #expect(reaching.status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/lists/\(id)/contacts").items.count == 1)
        }
    }

    @Test func sharingWithATenantThatDoesNotExistAnswersAsWithOneThatDoes() async throws {
        try await TestAPI.with { api in
            let partner = try await api.tenant("partner")
            let real = try await api.call(.post, "/api/v1/lists", json: #"{"name":"A","sharedWith":[\#(partner.id)]}"#)
            let missing = try await api.call(.post, "/api/v1/lists", json: #"{"name":"B","sharedWith":[\#(partner.id + 1000)]}"#)
            #expect(real.status == .created && missing.status == .created)
            let shape: (APIResponse) -> [String] = { response in
                (response.object?["sharedWith"] as? [[String: Any]] ?? []).map { "\($0["access"] ?? "") \($0["accepted"] ?? "")" }
            }
            #expect(shape(real) == shape(missing))
        }
    }
}
