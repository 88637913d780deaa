import Hummingbird
import LeadlineCore
import Testing

@Suite struct AuthenticationTests {
    @Test func requestsWithoutAValidTokenAnswer401() async throws {
        try await TestAPI.with { api in
            for headers in [[.authorization: ""], [.authorization: "Bearer "], [.authorization: "Bearer ll_wrong"], [.authorization: "Basic YTpi"]] as [HTTPFields] {
                let response = try await api.call(.get, "/api/v1/lists", headers: headers)
                #expect(response.status == .unauthorized)
                #expect(response.isProblem)
                #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"leadline\"")
            }
        }
    }

    @Test func revokedTokensStopWorking() async throws {
        try await TestAPI.with { api in
            let created = try await api.call(.post, "/api/v1/tokens", json: #"{"name":"dialer 1","role":"supervisor"}"#)
            #expect(created.status == .created)
            let secret = try #require(created.object?["secret"] as? String)
            let id = try #require(created.object?["id"] as? Int)
            #expect(try await api.call(.get, "/api/v1/lists", token: secret).status == .ok)
            let listed = try await api.call(.get, "/api/v1/tokens")
            #expect(listed.items.count == 2)
            #expect(listed.items.allSatisfy { $0["secret"] == nil }, "secrets are shown only when created")
            // A token cannot revoke itself, nor the last system administrator's be revoked.
            #expect(try await api.call(.delete, "/api/v1/tokens/\(id)", token: secret).status == .forbidden)
            #expect(try await api.call(.delete, "/api/v1/tokens/1").status == .conflict)
            #expect(try await api.call(.delete, "/api/v1/tokens/\(id)").status == .ok)
            #expect(try await api.call(.get, "/api/v1/lists", token: secret).status == .unauthorized)
            #expect(try await api.call(.get, "/api/v1/lists").status == .ok)
        }
    }

    @Test func rolesLimitWhatATokenDoes() async throws {
        try await TestAPI.with { api in
            let supervisor = try await api.call(.post, "/api/v1/tokens", json: #"{"name":"sup","role":"supervisor"}"#).object?["secret"] as! String
            let agent = try await api.call(.post, "/api/v1/tokens", json: #"{"name":"agent","role":"agent"}"#).object?["secret"] as! String
            #expect(try await api.call(.post, "/api/v1/fields", token: supervisor, json: #"{"name":"x","type":"text"}"#).status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/fields", token: supervisor).status == .ok)
            #expect(try await api.call(.post, "/api/v1/lists", token: supervisor, json: #"{"name":"L"}"#).status == .created)
            #expect(try await api.call(.post, "/api/v1/tokens", token: supervisor, json: #"{"name":"n","role":"admin"}"#).status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/lists", token: agent).status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/tenants", token: supervisor).status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/fields").items.isEmpty, "the refused field was not created")
        }
    }

    @Test func onlySystemAdministratorsManageTenantsAndOtherTenantsTokens() async throws {
        try await TestAPI.with { api in
            let acme = try await api.tenant("acme")
            #expect(try await api.call(.get, "/api/v1/tenants", token: acme.token).status == .forbidden)
            #expect(try await api.call(.post, "/api/v1/tenants", token: acme.token, json: #"{"name":"evil"}"#).status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/tokens?tenantId=1", token: acme.token).status == .forbidden)
            #expect(try await api.call(.post, "/api/v1/tokens", token: acme.token, json: #"{"name":"n","role":"admin","systemAdministrator":true}"#).status == .forbidden)
            #expect(try await api.call(.delete, "/api/v1/tokens/1", token: acme.token).status == .notFound, "another tenant's token is missing")
            let tenants = try await api.call(.get, "/api/v1/tenants")
            #expect(tenants.items.compactMap { $0["name"] as? String } == ["default", "acme"])
            #expect(try await api.call(.post, "/api/v1/tenants", json: #"{"name":"acme"}"#).status == .conflict)
        }
    }
}
