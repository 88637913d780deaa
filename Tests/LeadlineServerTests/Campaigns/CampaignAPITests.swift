import Foundation
import Hummingbird
import LeadlineStore
import Testing

/// Campaigns through the API: the issue's bad input, each a problem naming the field with
/// nothing changed; a job's life from start to stop; unassigning a list; the event stream.
@Suite struct CampaignAPITests {
    struct Setup {
        var list: Int
        var other: Int
        var foreignList: Int
        var strategy: Int
        var foreign: String
    }

    /// A tenant with two lists (one with a `balance` field), an all-day strategy, and another
    /// tenant with a list of its own.
    static func setup(_ api: TestAPI) async throws -> Setup {
        // The bare list is made before the catalog has balance: a filter on balance does not type against it.
        let other = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Bare"}"#).object?["id"] as? Int)
        _ = try await api.call(.post, "/api/v1/fields", json: #"{"name":"balance","type":"decimal"}"#)
        let list = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads","timeZone":"America/New_York"}"#).object?["id"] as? Int)
        for index in 1...3 {
            _ = try await api.call(.post, "/api/v1/lists/\(list)/contacts", json: #"{"externalId":"C\#(index)","phones":[{"number":"+1212555010\#(index)"}],"custom":{"balance":\#(index * 100)}}"#)
        }
        let days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].map { #""\#($0)":{"start":"00:00","end":"24:00"}"# }.joined(separator: ",")
        let strategy = try #require(try await api.call(.post, "/api/v1/strategies", json: #"{"name":"All day","settings":{"window":{\#(days)}}}"#).object?["id"] as? Int)
        let foreign = try await api.tenant("foreign")
        let foreignList = try #require(try await api.call(.post, "/api/v1/lists", token: foreign.token, json: #"{"name":"Theirs"}"#).object?["id"] as? Int)
        return Setup(list: list, other: other, foreignList: foreignList, strategy: strategy, foreign: foreign.token)
    }

    @Test func badCampaignsAreRefusedNamingTheField() async throws {
        try await TestAPI.with { api in
            let s = try await Self.setup(api)
            let cases: [(String, String, String)] = [
                ("no lists", #"{"name":"X","strategyId":\#(s.strategy),"lists":[]}"#, "lists"),
                ("another tenant's list", #"{"name":"X","strategyId":\#(s.strategy),"lists":[\#(s.foreignList)]}"#, "lists[0]"),
                ("a filter one list cannot type", #"{"name":"X","strategyId":\#(s.strategy),"lists":[\#(s.list)],"filter":"shoe_size > 3"}"#, "filter"),
                ("an unknown strategy", #"{"name":"X","strategyId":999999,"lists":[\#(s.list)]}"#, "strategyId"),
                ("an unknown allowed code", #"{"name":"X","strategyId":\#(s.strategy),"lists":[\#(s.list)],"allowedCodes":["nope"]}"#, "allowedCodes[0]"),
                ("a goal of unknown codes", #"{"name":"X","strategyId":\#(s.strategy),"lists":[\#(s.list)],"finish":{"goal":{"count":2,"codes":["nope"]}}}"#, "finish.goal.codes[0]"),
            ]
            for (name, body, field) in cases {
                let answer = try await api.call(.post, "/api/v1/campaigns", json: body)
                #expect(answer.status == .badRequest, "\(name): \(answer.text)")
                #expect(answer.problemFields.contains { $0.hasPrefix(field) }, "\(name): \(answer.text)")
            }
            let strategies: [(String, String, String)] = [
                ("a window that ends before it starts", #"{"name":"Bad","settings":{"window":{"monday":{"start":"18:00","end":"09:00"}}}}"#, "settings.window.monday"),
                ("a retry rule for an unknown code", #"{"name":"Bad","settings":{"retries":{"nope":{"delayMinutes":5,"maxAttempts":2}}}}"#, "settings.retries.nope"),
                ("an SMS strategy without a template", #"{"name":"Bad","channel":"sms"}"#, "settings.template"),
                ("an unknown key in a cap", #"{"name":"Bad","settings":{"capPerNumber":{"attempts":3,"hours":24,"per":"day"}}}"#, "settings.capPerNumber.per"),
            ]
            for (name, body, field) in strategies {
                let answer = try await api.call(.post, "/api/v1/strategies", json: body)
                #expect(answer.status == .badRequest, "\(name): \(answer.text)")
                #expect(answer.problemFields.contains(field), "\(name): \(answer.problemFields) \(answer.text)")
            }
            // A template placeholder no list has.
            let sms = try #require(try await api.call(.post, "/api/v1/strategies", json: #"{"name":"Texts","channel":"sms","settings":{"template":"Hi {{firstName}}, you owe {{shoe_size}}"}}"#).object?["id"] as? Int)
            let placeholder = try await api.call(.post, "/api/v1/campaigns", json: #"{"name":"X","channel":"sms","strategyId":\#(sms),"lists":[\#(s.list)]}"#)
            #expect(placeholder.status == .badRequest && placeholder.problemFields == ["strategyId"], "\(placeholder.text)")
            #expect(placeholder.text.contains("shoe_size"))
            // Nothing was made.
            #expect(try await api.call(.get, "/api/v1/campaigns").items.isEmpty)
            #expect(try await api.call(.get, "/api/v1/strategies").items.count == 2)
        }
    }

    @Test func aJobRunsFromStartToStopThroughTheAPI() async throws {
        try await TestAPI.with { api in
            let s = try await Self.setup(api)
            let created = try await api.call(.post, "/api/v1/campaigns", json: #"{"name":"Renewals","strategyId":\#(s.strategy),"lists":[\#(s.list),\#(s.other)],"filter":"balance >= 200"}"#)
            #expect(created.status == .badRequest, "the second list has no balance field: \(created.text)")
            let campaign = try #require(try await api.call(.post, "/api/v1/campaigns", json: #"{"name":"Renewals","strategyId":\#(s.strategy),"lists":[\#(s.list)],"filter":"balance >= 200"}"#).object?["id"] as? Int)
            // No job yet: a lease is a conflict.
            #expect(try await api.call(.post, "/api/v1/campaigns/\(campaign)/leases", json: #"{"count":1}"#).status == .conflict)
            let job = try await api.call(.post, "/api/v1/campaigns/\(campaign)/start")
            #expect(job.status == .created, "\(job.text)")
            let jobID = try #require(job.object?["id"] as? Int)
            let counters = try #require(job.object?["counters"] as? [String: Any])
            #expect(counters["total"] as? Int == 3 && counters["unattempted"] as? Int == 2)
            #expect((counters["filteredOut"] as? [String: Int])?["filter"] == 1)
            #expect(try await api.call(.post, "/api/v1/campaigns/\(campaign)/start").status == .conflict)

            // Another tenant's lease is a 404, exactly like a missing campaign's.
            let foreign = try await api.call(.post, "/api/v1/campaigns/\(campaign)/leases", token: s.foreign, json: #"{"count":1}"#)
            #expect(foreign.status == .notFound)
            let leases = try await api.call(.post, "/api/v1/campaigns/\(campaign)/leases", json: #"{"count":5,"ttlSeconds":60,"agent":"a1"}"#)
            #expect(leases.items.count == 2, "\(leases.text)")
            let attempt = try #require(leases.items.first?["attempt"] as? Int)
            #expect((leases.items.first?["address"] as? String)?.hasPrefix("+1212555010") == true)

            for (body, status, field) in [
                (#"{"completionCode":"nope"}"#, HTTPResponse.Status.badRequest, "completionCode"),
                (#"{"completionCode":"lease_expired"}"#, .badRequest, "completionCode"),
                (#"{"completionCode":"callback_requested"}"#, .badRequest, "callbackAt"),
                (#"{"completionCode":"answered","fields":{"shoe_size":4}}"#, .badRequest, "fields.shoe_size"),
            ] {
                let answer = try await api.call(.post, "/api/v1/attempts/\(attempt)/result", json: body)
                #expect(answer.status == status && answer.problemFields == [field], "\(body): \(answer.text)")
            }
            #expect(try await api.call(.post, "/api/v1/attempts/\(attempt)/result", token: s.foreign, json: #"{"completionCode":"answered"}"#).status == .notFound)
            let posted = try await api.call(.post, "/api/v1/attempts/\(attempt)/result", json: #"{"completionCode":"answered","fields":{"balance":1200.5},"notes":"paid"}"#)
            #expect(posted.status == .ok && posted.object?["next"] as? String == "finished", "\(posted.text)")
            #expect(try await api.call(.post, "/api/v1/attempts/\(attempt)/result", json: #"{"completionCode":"answered"}"#).status == .ok)
            let twice = try await api.call(.post, "/api/v1/attempts/\(attempt)/result", json: #"{"completionCode":"busy"}"#)
            #expect(twice.status == .conflict && twice.problemFields == ["completionCode"], "\(twice.text)")
            let contact = try await api.call(.get, "/api/v1/contacts/\(try #require((leases.items.first?["contact"] as? [String: Any])?["id"] as? Int))")
            #expect((contact.object?["custom"] as? [String: Any])?["balance"] as? Double == 1200.5, "\(contact.text)")

            // Stopping waits for the lease still out; the event stream ends with the job.
            let stopping = try await api.call(.post, "/api/v1/jobs/\(jobID)/stop")
            #expect(stopping.object?["state"] as? String == "stopping")
            let last = try #require(leases.items.last?["attempt"] as? Int)
            #expect(try await api.call(.post, "/api/v1/attempts/\(last)/result", json: #"{"completionCode":"no_answer"}"#).status == .ok)
            let stopped = try await api.call(.get, "/api/v1/jobs/\(jobID)")
            #expect(stopped.object?["state"] as? String == "stopped")
            let again = try await api.call(.post, "/api/v1/jobs/\(jobID)/stop")
            #expect(again.status == .conflict && again.problemFields == ["state"], "\(again.text)")
            let events = try await api.call(.get, "/api/v1/jobs/\(jobID)/events")
            #expect(events.headers[.contentType] == "text/event-stream")
            #expect(events.text.hasPrefix("event: end\ndata: {"), "\(events.text.prefix(200))")
            // The export lists both attempts.
            let export = try await api.call(.post, "/api/v1/campaigns/\(campaign)/exports")
            #expect(export.status == .accepted)
            await api.runner.runDue()
            let file = try await api.call(.get, "/api/v1/processes/\(try #require(export.object?["id"] as? Int))/file")
            let rows = file.text.split(whereSeparator: \.isNewline)
            #expect(rows.count == 3 && rows[0].hasPrefix("attempt_id,job_id,contact_id"), "\(rows.count) \(file.text)")
            #expect(file.text.contains(",answered,") && file.text.contains(",no_answer,") && file.text.contains("paid"))
        }
    }

    @Test func unassigningAListEndsItsContactsInTheRunningJob() async throws {
        try await TestAPI.with { api in
            let s = try await Self.setup(api)
            _ = try await api.call(.post, "/api/v1/lists/\(s.other)/contacts", json: #"{"externalId":"B1","phones":[{"number":"+12125550199"}]}"#)
            let campaign = try #require(try await api.call(.post, "/api/v1/campaigns", json: #"{"name":"Both","strategyId":\#(s.strategy),"lists":[\#(s.list),\#(s.other)]}"#).object?["id"] as? Int)
            let job = try #require(try await api.call(.post, "/api/v1/campaigns/\(campaign)/start").object?["id"] as? Int)
            let leases = try await api.call(.post, "/api/v1/campaigns/\(campaign)/leases", json: #"{"count":10}"#)
            #expect(leases.items.count == 4)
            let answer = try await api.call(.delete, "/api/v1/campaigns/\(campaign)/lists/\(s.other)")
            #expect(answer.status == .ok, "\(answer.text)")
            #expect(answer.object?["contacts"] as? Int == 1 && answer.object?["leasesReleased"] as? Int == 1)
            let counters = try #require(try await api.call(.get, "/api/v1/jobs/\(job)").object?["counters"] as? [String: Any])
            #expect(counters["total"] as? Int == 3 && counters["inProgress"] as? Int == 3)
            let last = try await api.call(.delete, "/api/v1/campaigns/\(campaign)/lists/\(s.list)")
            #expect(last.status == .badRequest && last.problemFields == ["lists"])
        }
    }
}
