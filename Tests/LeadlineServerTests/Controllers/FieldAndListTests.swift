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
            let contact = try await api.call(.post, "/api/v1/lists/\(id)/contacts", json: #"{"externalId":"A1","lastName":"Smith"}"#)
            let contactID = try #require(contact.object?["id"] as? Int)
            #expect(try await api.call(.get, "/api/v1/lists/\(id)", token: partner.token).status == .ok)
            #expect(try await api.call(.get, "/api/v1/contacts/\(contactID)", token: partner.token).status == .ok)
            #expect(try await api.call(.get, "/api/v1/contacts/search?name=smith", token: partner.token).items.count == 1)
            #expect(try await api.call(.patch, "/api/v1/lists/\(id)", token: partner.token, json: #"{"name":"Mine"}"#).status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/lists/\(id)", token: stranger.token).status == .notFound)
            #expect(try await api.call(.get, "/api/v1/contacts/\(contactID)", token: stranger.token).status == .notFound)
            #expect(try await api.call(.get, "/api/v1/contacts/search?name=smith", token: stranger.token).items.isEmpty)
        }
    }
}
