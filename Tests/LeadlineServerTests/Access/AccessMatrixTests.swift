import Foundation
import Hummingbird
import HummingbirdTesting
import LeadlineCore
import LeadlineEngine
import LeadlineServer
import LeadlineStore
import LeadlineTestSupport
import Logging
import Testing

/// Every route the router serves, called by every kind of caller: the owner's three roles, a
/// system administrator of another tenant, a stranger tenant, and tenants the owner's list is
/// shared with for reading and for writing. A route the router serves without a row here fails.
@Suite struct AccessMatrixTests {
    /// What a route touches, which decides who may call it.
    enum Scope {
        /// No token needed.
        case open
        /// Tenants themselves: system administrators only.
        case system
        /// The caller's own tenant's objects.
        case tenant(Permission)
        /// One list's contents, which tenants it is shared with may read.
        case listRead(Permission)
        /// One list's contacts, which only the owner and write shares change.
        case listWrite(Permission)
        /// The list itself: its owner only.
        case listOwner(Permission)
        /// An offer of a list to the caller's tenant: the receiving administrator's.
        case offer
        /// No token: a gateway's signature, or the token in a URL Leadline made. Without one, 401.
        case signed
    }

    struct Row {
        var scope: Scope
        var body: String?
        /// The raw body of a file upload, sent as text/csv.
        var file: String?
    }

    static let rows: [String: Row] = [
        "GET /healthz": Row(scope: .open), "GET /metrics": Row(scope: .open), "GET /openapi.json": Row(scope: .open),
        "GET /api/v1/tenants": Row(scope: .system), "POST /api/v1/tenants": Row(scope: .system, body: #"{"name":"newco"}"#),
        "GET /api/v1/tenants/{id}": Row(scope: .system), "PATCH /api/v1/tenants/{id}": Row(scope: .system, body: #"{"defaultRegion":"GB"}"#),
        "GET /api/v1/tokens": Row(scope: .tenant(.manageTokens)),
        "POST /api/v1/tokens": Row(scope: .tenant(.manageTokens), body: #"{"name":"bot","role":"agent"}"#),
        "DELETE /api/v1/tokens/{id}": Row(scope: .tenant(.manageTokens)),
        "GET /api/v1/fields": Row(scope: .tenant(.readFields)),
        "POST /api/v1/fields": Row(scope: .tenant(.manageFields), body: #"{"name":"city","type":"text"}"#),
        "GET /api/v1/fields/{id}": Row(scope: .tenant(.readFields)),
        "PATCH /api/v1/fields/{id}": Row(scope: .tenant(.manageFields), body: #"{"displayName":"Balance due"}"#),
        "DELETE /api/v1/fields/{id}": Row(scope: .tenant(.manageFields)),
        "GET /api/v1/lists": Row(scope: .tenant(.readLists)),
        "POST /api/v1/lists": Row(scope: .tenant(.manageLists), body: #"{"name":"Another"}"#),
        "GET /api/v1/lists/{id}": Row(scope: .listRead(.readLists)),
        "PATCH /api/v1/lists/{id}": Row(scope: .listOwner(.manageLists), body: #"{"description":"changed"}"#),
        "DELETE /api/v1/lists/{id}": Row(scope: .listOwner(.manageLists)),
        "POST /api/v1/lists/{id}/fields": Row(scope: .listOwner(.manageLists), body: #"{"name":"extra","type":"text"}"#),
        "POST /api/v1/lists/{id}/empty": Row(scope: .listWrite(.manageLists)),
        "GET /api/v1/lists/{id}/contacts": Row(scope: .listRead(.readContacts)),
        "POST /api/v1/lists/{id}/contacts": Row(scope: .listWrite(.manageContacts), body: #"{"externalId":"NEW-1"}"#),
        "GET /api/v1/contacts/search": Row(scope: .tenant(.readContacts)),
        "GET /api/v1/contacts/{id}": Row(scope: .listRead(.readContacts)),
        "PATCH /api/v1/contacts/{id}": Row(scope: .listWrite(.manageContacts), body: #"{"firstName":"Changed"}"#),
        "DELETE /api/v1/contacts/{id}": Row(scope: .listWrite(.manageContacts)),
        "GET /api/v1/contacts/{id}/history": Row(scope: .listRead(.readContacts)),
        "POST /api/v1/lists/{id}/imports": Row(scope: .listWrite(.manageContacts), file: "external_id,last_name\nIMP-1,Doe\n"),
        "POST /api/v1/lists/{id}/imports/preview": Row(scope: .listWrite(.readContacts), file: "external_id,last_name\nIMP-1,Doe\n"),
        "POST /api/v1/lists/{id}/exports": Row(scope: .listRead(.readContacts), body: "{}"),
        "GET /api/v1/lists/{id}/export": Row(scope: .listRead(.readContacts)),
        "GET /api/v1/processes": Row(scope: .tenant(.readContacts)),
        "GET /api/v1/processes/{id}": Row(scope: .tenant(.readContacts)),
        "POST /api/v1/processes/{id}/cancel": Row(scope: .tenant(.manageContacts)),
        "GET /api/v1/processes/{id}/file": Row(scope: .tenant(.readContacts)),
        "GET /api/v1/mapping-templates": Row(scope: .tenant(.readLists)),
        "PUT /api/v1/mapping-templates/{name}": Row(scope: .tenant(.manageLists), body: #"{"mapping":{"Account":"external_id"}}"#),
        "DELETE /api/v1/mapping-templates/{name}": Row(scope: .tenant(.manageLists)),
        "GET /api/v1/data-sources": Row(scope: .tenant(.manageDataSources)),
        "POST /api/v1/data-sources": Row(scope: .tenant(.manageDataSources)),
        "GET /api/v1/data-sources/{id}": Row(scope: .tenant(.manageDataSources)),
        "DELETE /api/v1/data-sources/{id}": Row(scope: .tenant(.manageDataSources)),
        "POST /api/v1/data-sources/{id}/run": Row(scope: .tenant(.manageDataSources)),
        "GET /api/v1/filters": Row(scope: .tenant(.readContacts)),
        "POST /api/v1/filters/preview": Row(scope: .listRead(.readContacts)),
        "GET /api/v1/filters/{name}": Row(scope: .tenant(.readContacts)),
        "PUT /api/v1/filters/{name}": Row(scope: .tenant(.manageContacts), body: #"{"filter":"status = \"closed\""}"#),
        "DELETE /api/v1/filters/{name}": Row(scope: .tenant(.manageContacts)),
        "POST /api/v1/lists/{id}/deletions": Row(scope: .listWrite(.manageContacts), body: #"{"confirmAll":true}"#),
        "POST /api/v1/lists/{id}/status-changes": Row(scope: .listWrite(.manageContacts), body: #"{"status":"closed","confirmAll":true}"#),
        "GET /api/v1/deleted-contacts": Row(scope: .tenant(.readContacts)),
        "GET /api/v1/blacklist": Row(scope: .tenant(.readContacts)),
        "POST /api/v1/blacklist": Row(scope: .tenant(.manageContacts), body: #"{"uri":"+14155550111"}"#),
        "GET /api/v1/blacklist/{id}": Row(scope: .tenant(.readContacts)),
        "DELETE /api/v1/blacklist/{id}": Row(scope: .tenant(.manageContacts)),
        "GET /api/v1/blacklist/check": Row(scope: .tenant(.readContacts)),
        "POST /api/v1/blacklist/import": Row(scope: .tenant(.manageContacts), file: "uri\n+14155550122\n"),
        "GET /api/v1/blacklist/export": Row(scope: .tenant(.readContacts)),
        "POST /api/v1/list-operations": Row(scope: .listWrite(.manageContacts)),
        "POST /api/v1/list-operations/preview": Row(scope: .listWrite(.manageContacts)),
        "GET /api/v1/list-shares": Row(scope: .tenant(.readLists)),
        "POST /api/v1/list-shares/{listId}/accept": Row(scope: .offer),
        "DELETE /api/v1/list-shares/{listId}": Row(scope: .offer),
        "GET /api/v1/completion-codes": Row(scope: .tenant(.readCampaigns)),
        "POST /api/v1/completion-codes": Row(scope: .tenant(.manageCampaigns), body: #"{"name":"extra"}"#),
        "DELETE /api/v1/completion-codes/{name}": Row(scope: .tenant(.manageCampaigns)),
        "GET /api/v1/strategies": Row(scope: .tenant(.readCampaigns)),
        "POST /api/v1/strategies": Row(scope: .tenant(.manageCampaigns), body: #"{"name":"Other"}"#),
        "GET /api/v1/strategies/{id}": Row(scope: .tenant(.readCampaigns)),
        "PUT /api/v1/strategies/{id}": Row(scope: .tenant(.manageCampaigns), body: #"{"name":"Renamed"}"#),
        "DELETE /api/v1/strategies/{id}": Row(scope: .tenant(.manageCampaigns)),
        "GET /api/v1/calling-rules": Row(scope: .tenant(.readCampaigns)),
        "PUT /api/v1/calling-rules": Row(scope: .tenant(.manageCampaigns), body: #"{"rules":[]}"#),
        "GET /api/v1/campaigns": Row(scope: .tenant(.readCampaigns)),
        "POST /api/v1/campaigns": Row(scope: .tenant(.manageCampaigns)),
        "GET /api/v1/campaigns/{id}": Row(scope: .tenant(.readCampaigns)),
        "PUT /api/v1/campaigns/{id}": Row(scope: .tenant(.manageCampaigns)),
        "DELETE /api/v1/campaigns/{id}": Row(scope: .tenant(.manageCampaigns)),
        "PUT /api/v1/campaigns/{id}/lists/{listId}": Row(scope: .tenant(.manageCampaigns)),
        "DELETE /api/v1/campaigns/{id}/lists/{listId}": Row(scope: .tenant(.manageCampaigns)),
        "POST /api/v1/campaigns/{id}/start": Row(scope: .tenant(.manageCampaigns)),
        "POST /api/v1/campaigns/{id}/leases": Row(scope: .tenant(.dispatch), body: #"{"count":1}"#),
        "POST /api/v1/campaigns/{id}/forecast": Row(scope: .tenant(.readCampaigns)),
        "POST /api/v1/campaigns/{id}/exports": Row(scope: .tenant(.readCampaigns)),
        "GET /api/v1/jobs": Row(scope: .tenant(.readCampaigns)),
        "GET /api/v1/jobs/{id}": Row(scope: .tenant(.readCampaigns)),
        "POST /api/v1/jobs/{id}/stop": Row(scope: .tenant(.manageCampaigns)),
        "POST /api/v1/jobs/{id}/churn": Row(scope: .tenant(.manageCampaigns)),
        "GET /api/v1/jobs/{id}/events": Row(scope: .tenant(.readCampaigns)),
        "GET /api/v1/attempts/{id}": Row(scope: .tenant(.dispatch)),
        "POST /api/v1/attempts/{id}/result": Row(scope: .tenant(.dispatch), body: #"{"completionCode":"answered"}"#),
        "POST /api/v1/attempts/{id}/extend": Row(scope: .tenant(.dispatch), body: #"{"ttlSeconds":60}"#),
        "POST /api/v1/attempts/{id}/release": Row(scope: .tenant(.dispatch)),
        "GET /api/v1/callbacks": Row(scope: .tenant(.readCampaigns)),
        "POST /api/v1/callbacks": Row(scope: .tenant(.manageCampaigns), body: #"{"campaignId":1,"contactId":1,"dueAt":"now"}"#),
        "POST /api/v1/callbacks/reassign": Row(scope: .tenant(.manageCampaigns), body: #"{"ids":[1],"agent":"ann"}"#),
        "POST /api/v1/callbacks/close": Row(scope: .tenant(.manageCampaigns), body: #"{"ids":[1]}"#),
        "GET /api/v1/callbacks/{id}": Row(scope: .tenant(.readCampaigns)),
        "POST /api/v1/callbacks/{id}/move": Row(scope: .tenant(.manageCampaigns), body: #"{"dueAt":"now"}"#),
        "POST /api/v1/callbacks/{id}/close": Row(scope: .tenant(.manageCampaigns)),
        "POST /api/v1/campaigns/{id}/callbacks/close": Row(scope: .tenant(.manageCampaigns)),
        "GET /api/v1/gateways": Row(scope: .tenant(.readCampaigns)),
        "POST /api/v1/gateways": Row(scope: .tenant(.manageGateways), body: Self.gateway("Another")),
        "GET /api/v1/gateways/{id}": Row(scope: .tenant(.readCampaigns)),
        "PUT /api/v1/gateways/{id}": Row(scope: .tenant(.manageGateways), body: Self.gateway("Renamed")),
        "DELETE /api/v1/gateways/{id}": Row(scope: .tenant(.manageGateways)),
        "GET /webhooks/kannel/{gatewayId}/delivery": Row(scope: .signed), "GET /webhooks/kannel/{gatewayId}/inbound": Row(scope: .signed),
        "POST /webhooks/gateways/{gatewayId}/delivery": Row(scope: .signed, body: #"{"reference":"1","status":"delivered"}"#),
        "POST /webhooks/gateways/{gatewayId}/inbound": Row(scope: .signed, body: #"{"from":"+14155550100","text":"STOP"}"#),
        "GET /unsubscribe/{gatewayId}/{attemptId}": Row(scope: .signed), "POST /unsubscribe/{gatewayId}/{attemptId}": Row(scope: .signed),
    ]

    static func gateway(_ name: String) -> String {
        #"{"name":"\#(name)","kind":"http","settings":{"url":"http://127.0.0.1:9/send","from":"4040"}}"#
    }

    @Test func everyServedRouteHasARowAndEveryRowIsServed() async throws {
        try await TestAPI.with { api in
            // Pages answer to sessions, not tokens: WebAdminTests holds them to theirs.
            let served = Set(api.routes.routes.filter { !$0.isPage }.map(\.description))
            #expect(served.count > 50)
            #expect(served.subtracting(Self.rows.keys).sorted() == [], "routes without a row in the access matrix")
            #expect(Set(Self.rows.keys).subtracting(served).sorted() == [], "rows for routes the router does not serve")
        }
    }

    /// The owner's objects every route's path may name, made fresh for each route.
    struct World {
        var owner: (id: Int64, admin: String, supervisor: String, agent: String)
        var reader: String
        var writer: String
        var stranger: String
        var ids: [String: String]

        /// The route's path with its parameters naming the owner's objects, or objects that do not exist.
        func path(_ route: String, missing: Bool = false) -> String {
            var path = String(route.split(separator: " ")[1])
            let object = path.hasPrefix("/api/v1/contacts/") ? "contact" : path.split(separator: "/").dropFirst(2).first.map(String.init) ?? ""
            for parameter in ["{id}", "{name}", "{listId}"] where path.contains(parameter) {
                // Leases and exports need the campaign with a job; the event stream, a job that has ended.
                let key = parameter == "{listId}" ? "lists" : path.hasSuffix("/cancel") ? "pending" : object == "contact" ? "contact"
                    : path.hasSuffix("/leases") || path.hasSuffix("/exports") && object == "campaigns" ? "running-campaign"
                    : path.hasSuffix("/events") ? "ended-job" : object
                path = path.replacingOccurrences(of: parameter, with: missing ? (parameter == "{name}" ? "missing" : "999999") : ids[key] ?? "?")
            }
            return route.hasSuffix("/blacklist/check") ? path + "?number=%2B14155550199" : path
        }
    }

    static func world(_ api: TestAPI) async throws -> World {
        func token(_ tenant: Int, _ role: Role) async throws -> String {
            let made = try await api.call(.post, "/api/v1/tokens", json: #"{"name":"\#(role.rawValue)","role":"\#(role.rawValue)","tenantId":\#(tenant)}"#)
            return try #require(made.object?["secret"] as? String)
        }
        let owner = try await api.tenant("owner")
        let reader = try await api.tenant("reader")
        let writer = try await api.tenant("writer")
        let stranger = try await api.tenant("stranger")
        let admin = owner.token
        func made(_ method: HTTPRequest.Method, _ path: String, _ json: String? = nil, key: String = "id") async throws -> String {
            let response = try await api.call(method, path, token: admin, json: json)
            #expect(response.status.code < 300, "setting up \(path): \(response.text)")
            return "\(response.object?[key] ?? "")"
        }
        var ids: [String: String] = [:]
        ids["fields"] = try await made(.post, "/api/v1/fields", #"{"name":"balance","type":"decimal"}"#)
        ids["lists"] = try await made(
            .post, "/api/v1/lists",
            #"{"name":"Owned","sharedWith":[{"tenantId":\#(reader.id),"access":"read"},{"tenantId":\#(writer.id),"access":"write"}]}"#)
        let list = ids["lists"]!
        for partner in [reader.token, writer.token] {
            #expect(try await api.call(.post, "/api/v1/list-shares/\(list)/accept", token: partner).status == .ok)
        }
        ids["contact"] = try await made(.post, "/api/v1/lists/\(list)/contacts", #"{"externalId":"OWN-1","lastName":"Zyzzyva"}"#)
        ids["tokens"] = try await made(.post, "/api/v1/tokens", #"{"name":"spare","role":"agent"}"#)
        ids["processes"] = try await made(.post, "/api/v1/lists/\(list)/exports", "{}")
        ids["pending"] = try await made(.post, "/api/v1/lists/\(list)/exports", #"{"scheduledAt":"2099-01-01T00:00:00Z"}"#)
        ids["blacklist"] = try await made(.post, "/api/v1/blacklist", #"{"uri":"+14155550199"}"#)
        ids["data-sources"] = try await made(.post, "/api/v1/data-sources", dataSource(list: list, files: api.files))
        ids["mapping-templates"] = "tpl"
        _ = try await made(.put, "/api/v1/mapping-templates/tpl", #"{"mapping":{"Account":"external_id"}}"#)
        ids["filters"] = "flt"
        _ = try await made(.put, "/api/v1/filters/flt", #"{"filter":"status = \"remaining\""}"#)
        ids["tenants"] = "\(owner.id)"
        ids["gateways"] = try await made(.post, "/api/v1/gateways", gateway("Hosted"))
        // Campaigns: a code, a spare strategy, an idle campaign over two lists, one with a running
        // job and a lease out, one whose job has ended.
        ids["completion-codes"] = "vip"
        _ = try await made(.post, "/api/v1/completion-codes", #"{"name":"vip"}"#, key: "name")
        ids["strategies"] = try await made(.post, "/api/v1/strategies", #"{"name":"Spare"}"#)
        let allDay = (["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].map { #""\#($0)":{"start":"00:00","end":"24:00"}"# }).joined(separator: ",")
        let strategy = try await made(.post, "/api/v1/strategies", #"{"name":"All day","settings":{"window":{\#(allDay)}}}"#)
        ids["strategy-in-use"] = strategy
        let second = try await made(.post, "/api/v1/lists", #"{"name":"Second"}"#)
        ids["second-list"] = second
        _ = try await made(.post, "/api/v1/lists/\(list)/contacts", #"{"externalId":"OWN-2","phones":[{"number":"+14155550100"}]}"#)
        ids["campaigns"] = try await made(.post, "/api/v1/campaigns", #"{"name":"Idle","strategyId":\#(strategy),"lists":[\#(list),\#(second)]}"#)
        let running = try await made(.post, "/api/v1/campaigns", #"{"name":"Running","strategyId":\#(strategy),"lists":[\#(list)]}"#)
        ids["running-campaign"] = running
        ids["jobs"] = try await made(.post, "/api/v1/campaigns/\(running)/start")
        let leased = try await api.call(.post, "/api/v1/campaigns/\(running)/leases", token: admin, json: #"{"count":1,"ttlSeconds":600,"agent":"ann"}"#)
        ids["attempts"] = "\(((leased.object?["items"] as? [[String: Any]])?.first?["attempt"]) ?? "")"
        let ended = try await made(.post, "/api/v1/campaigns", #"{"name":"Ended","strategyId":\#(strategy),"lists":[\#(second)]}"#)
        let endedJob = try await made(.post, "/api/v1/campaigns/\(ended)/start")
        _ = try await made(.post, "/api/v1/jobs/\(endedJob)/stop")
        ids["ended-job"] = endedJob
        let tomorrow = Timestamp.format(Date().addingTimeInterval(86_400))
        // A contact of its own, which the callback holds in progress.
        let called = try await made(.post, "/api/v1/lists/\(list)/contacts", #"{"externalId":"OWN-3"}"#)
        ids["callbacks"] = try await made(.post, "/api/v1/callbacks", #"{"campaignId":\#(running),"contactId":\#(called),"dueAt":"\#(tomorrow)"}"#)
        await api.runner.runDue()
        return World(
            owner: (owner.id, admin, try await token(Int(owner.id), .supervisor), try await token(Int(owner.id), .agent)),
            reader: reader.token, writer: writer.token, stranger: stranger.token, ids: ids)
    }

    static func dataSource(list: String, files: ProcessFiles) -> String {
        #"{"name":"nightly","listId":\#(list),"location":{"kind":"file","path":"\#(files.sourcesDirectory)/leads.csv"},"schedule":{"kind":"daily","time":"06:00","timeZone":"UTC"}}"#
    }

    /// The sample request of a route for the world, whose body may name the world's list.
    static func body(_ route: String, _ row: Row, _ world: World, files: ProcessFiles) -> String? {
        let list = world.ids["lists"]!
        switch route {
        case "POST /api/v1/data-sources": return dataSource(list: list, files: files).replacingOccurrences(of: "nightly", with: "another")
        case "POST /api/v1/filters/preview": return #"{"lists":[\#(list)],"filter":"status = \"remaining\""}"#
        case "POST /api/v1/list-operations", "POST /api/v1/list-operations/preview":
            return #"{"action":"reset","sources":[\#(list)],"confirmAll":true}"#
        case "POST /api/v1/campaigns":
            return #"{"name":"Another","strategyId":\#(world.ids["strategy-in-use"]!),"lists":[\#(list)]}"#
        case "POST /api/v1/callbacks":
            return #"{"campaignId":\#(world.ids["campaigns"]!),"contactId":\#(world.ids["contact"]!),"dueAt":"now"}"#
        case "POST /api/v1/callbacks/reassign": return #"{"ids":[\#(world.ids["callbacks"]!)],"agent":"ann"}"#
        case "POST /api/v1/callbacks/close": return #"{"ids":[\#(world.ids["callbacks"]!)]}"#
        case "PUT /api/v1/campaigns/{id}":
            return #"{"name":"Idle again","strategyId":\#(world.ids["strategy-in-use"]!),"lists":[\#(list),\#(world.ids["second-list"]!)]}"#
        default: return row.body
        }
    }

    static func call(_ api: TestAPI, _ route: String, path: String, token: String?, body: String?, file: String?) async throws -> APIResponse {
        let method = HTTPRequest.Method(String(route.split(separator: " ")[0]))!
        if let file { return try await api.send(method, path, body: Array(file.utf8), token: token ?? "") }
        return try await api.call(method, path, token: token, json: body, headers: token == nil ? [.authorization: ""] : [:])
    }

    /// A problem's shape with its numbers left out: what tells a missing object from a hidden one.
    static func shape(_ response: APIResponse) -> String {
        "\(response.status.code) " + response.text.replacingOccurrences(of: "[0-9]+", with: "N", options: .regularExpression)
    }

    @Test(arguments: Engine.allCases)
    func everyCallerGetsTheAnswerItsStandingAllows(engine: Engine) async throws {
        for (route, row) in Self.rows.sorted(by: { $0.key < $1.key }) {
            try await TestAPI.with(engine) { api in
                let world = try await Self.world(api)
                let path = world.path(route)
                let body = Self.body(route, row, world, files: api.files)
                func call(_ token: String?, path: String = path) async throws -> APIResponse {
                    try await Self.call(api, route, path: path, token: token, body: body, file: row.file)
                }
                let permission: Permission? = switch row.scope {
                case .open, .signed: nil
                case .system, .offer: .acceptShares
                case .tenant(let p), .listRead(let p), .listWrite(let p), .listOwner(let p): p
                }
                if case .open = row.scope {
                    #expect(try await call(nil).status == .ok, "\(route) without a token")
                    return
                }
                if case .signed = row.scope {
                    let path = path.replacingOccurrences(of: "{gatewayId}", with: world.ids["gateways"]!).replacingOccurrences(of: "{attemptId}", with: "1")
                    for token in [nil, world.owner.admin] {
                        #expect(try await call(token, path: path).status == .unauthorized, "\(route) unsigned")
                    }
                    return
                }
                #expect(try await call(nil).status == .unauthorized, "\(route) without a token")
                // Roles: the agent may only lease and post results; the supervisor lacks the administrator's.
                if permission != .dispatch { #expect(try await call(world.owner.agent).status == .forbidden, "\(route) as an agent") }
                let supervisorMay: Bool = switch row.scope {
                case .system, .offer: false
                default: Role.supervisor.allows(permission!)
                }
                if !supervisorMay { #expect(try await call(world.owner.supervisor).status == .forbidden, "\(route) as a supervisor") }
                // Another tenant: exactly the answer for an object that does not exist, and nothing of the owner's.
                let strangerAnswer = try await call(world.stranger)
                if path != world.path(route, missing: true) {
                    let missing = try await call(world.stranger, path: world.path(route, missing: true))
                    // A template's name is the one part of the path that differs in the answer; it is read as the missing one.
                    var seen = Self.shape(strangerAnswer)
                    for name in ["tpl", "flt", "vip"] { seen = seen.replacingOccurrences(of: "\"\(name)\"", with: "\"missing\"").replacingOccurrences(of: "'\(name)'", with: "'missing'") }
                    #expect(seen == Self.shape(missing), "\(route) as another tenant")
                }
                #expect(!strangerAnswer.text.contains("Zyzzyva") && !strangerAnswer.text.contains("Owned"), "\(route) leaks to another tenant")
                // The tenants the list is shared with.
                let before = try await api.call(.get, "/api/v1/lists/\(world.ids["lists"]!)/contacts", token: world.owner.admin).text
                let reader = try await call(world.reader)
                switch row.scope {
                case .listRead:
                    #expect(reader.status.code < 300, "\(route) as a reader: \(reader.text)")
                case .listWrite, .listOwner:
                    #expect(reader.status == .forbidden, "\(route) as a reader: \(reader.status)")
                    await api.runner.runDue()
                    let after = try await api.call(.get, "/api/v1/lists/\(world.ids["lists"]!)/contacts", token: world.owner.admin).text
                    #expect(after == before, "\(route) as a reader changed the owner's contacts")
                case .system:
                    #expect(reader.status == .forbidden, "\(route) as a reader")
                case .offer:
                    #expect(reader.status.code < 300, "\(route) as the tenant it is offered to: \(reader.text)")
                    return
                default:
                    break
                }
                if case .listOwner = row.scope {
                    #expect(try await call(world.writer).status == .forbidden, "\(route) as a writer")
                }
                // The owner's own request is served; an offer's, by the tenant it is offered to.
                let ownerToken = row.scope.isSystem ? api.adminToken : row.scope.isOffer ? world.reader : world.owner.admin
                let owner = try await call(ownerToken)
                #expect(owner.status.code < 300, "\(route) as the owner: \(owner.text)")
                if case .listWrite = row.scope, route.hasPrefix("POST") || route.hasPrefix("PATCH") {
                    let writer = try await call(world.writer)
                    #expect(writer.status != .forbidden && writer.status != .notFound, "\(route) as a writer: \(writer.text)")
                }
            }
        }
    }
}

extension AccessMatrixTests.Scope {
    var isSystem: Bool {
        if case .system = self { true } else { false }
    }

    var isOffer: Bool {
        if case .offer = self { true } else { false }
    }
}
