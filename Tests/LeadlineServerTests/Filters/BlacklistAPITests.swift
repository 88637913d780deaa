import Foundation
import LeadlineStore
import Testing

@Suite struct BlacklistAPITests {
    @Test(arguments: [Engine.sqlite, .postgres])
    func entriesAreAddedCheckedAndRemoved(engine: Engine) async throws {
        try await TestAPI.with(engine) { api in
            let created = try await api.call(.post, "/api/v1/blacklist", json: #"{"uri":"(415) 555-0100","region":"US","medium":"voice","name":"Ann","reason":"asked"}"#)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.object?["uri"] as? String == "+14155550100" && created.object?["kind"] as? String == "number")
            let id = try #require(created.object?["id"] as? Int)
            let again = try await api.call(.post, "/api/v1/blacklist", json: #"{"uri":"+14155550100","medium":"voice","reason":"asked twice"}"#)
            #expect(again.status == .ok && again.object?["id"] as? Int == id && again.object?["reason"] as? String == "asked twice")
            _ = try await api.call(.post, "/api/v1/blacklist", json: #"{"uri":"+1900*","name":"Premium"}"#)

            let voice = try await api.call(.get, "/api/v1/blacklist/check?number=%2B1%20415%20555%200100&medium=voice")
            #expect(voice.object?["listed"] as? Bool == true && (voice.object?["entry"] as? [String: Any])?["id"] as? Int == id, "\(voice.text)")
            let sms = try await api.call(.get, "/api/v1/blacklist/check?number=4155550100&region=US&medium=sms")
            #expect(sms.object?["listed"] as? Bool == false && sms.object?["checked"] as? String == "+14155550100")
            let prefix = try await api.call(.get, "/api/v1/blacklist/check?number=%2B19005551234")
            #expect((prefix.object?["entry"] as? [String: Any])?["name"] as? String == "Premium")
            #expect(try await api.call(.get, "/api/v1/blacklist/check?email=x@example.com").object?["listed"] as? Bool == false)

            // A number written as people write it is read in the tenant's default region (US for a new tenant).
            let national = try await api.call(.post, "/api/v1/blacklist", json: #"{"uri":"(212) 555-0177","medium":"sms"}"#)
            #expect(national.status == .created && national.object?["uri"] as? String == "+12125550177", "\(national.text)")
            #expect(national.object?["covers"] as? [String] == ["sms"])
            #expect((prefix.object?["entry"] as? [String: Any])?["covers"] as? [String] == ["voice", "sms"], "a number of medium any forbids both")
            let bySMS = try await api.call(.get, "/api/v1/blacklist/check?number=(212)%20555-0177&medium=sms")
            #expect(bySMS.object?["listed"] as? Bool == true && bySMS.object?["blockedOn"] as? [String] == ["sms"], "\(bySMS.text)")
            let byVoice = try await api.call(.get, "/api/v1/blacklist/check?number=(212)%20555-0177&medium=voice")
            #expect(byVoice.object?["listed"] as? Bool == false && byVoice.object?["medium"] as? String == "voice", "a check answers for its medium only")
            #expect(byVoice.object?["blockedOn"] as? [String] == ["sms"], "and says which media are blocked")

            let other = try await api.tenant("other")
            #expect(try await api.call(.get, "/api/v1/blacklist/check?number=%2B19005551234", token: other.token).object?["listed"] as? Bool == false)
            #expect(try await api.call(.delete, "/api/v1/blacklist/\(id)", token: other.token).status == .notFound)
            #expect(try await api.call(.get, "/api/v1/blacklist?q=900").items.count == 1)
            #expect(try await api.call(.delete, "/api/v1/blacklist/\(id)").status == .noContent)
            #expect(try await api.call(.get, "/api/v1/blacklist/\(id)").status == .notFound)
        }
    }

    @Test func badEntriesAndChecksAreClearErrors() async throws {
        try await TestAPI.with { api in
            let cases: [(String, String)] = [
                (#"{"uri":"hello"}"#, "uri"), (#"{"uri":"555-12"}"#, "uri"), (#"{"uri":"4155550100","region":"ZZ"}"#, "uri"), (#"{"uri":"+1415*","medium":"email"}"#, "medium"),
                (#"{"uri":"+14155550100","expires":"soon"}"#, "expires"), (#"{"uri":"+14155550100","color":"red"}"#, "color"),
            ]
            for (body, field) in cases {
                let refused = try await api.call(.post, "/api/v1/blacklist", json: body)
                #expect(refused.status == .badRequest && refused.problemFields == [field], "\(body): \(refused.text)")
            }
            for (query, field) in [("", "number"), ("number=12", "number"), ("email=nope", "email"), ("number=%2B14155550100&medium=fax", "medium"), ("who=1", "who")] {
                let refused = try await api.call(.get, "/api/v1/blacklist/check?\(query)")
                #expect(refused.status == .badRequest && refused.problemFields == [field], "\(query): \(refused.text)")
            }
            #expect(try await api.call(.get, "/api/v1/blacklist").items.isEmpty)
        }
    }

    @Test func aFileGoesInWithItsBadRowsExplainedAndComesBackOut() async throws {
        try await TestAPI.with { api in
            let file = "number,medium,name,reason,expires\n+14155550100,voice,Ann,asked,\n+1212*,,Area,,2030-01-01\nnot a number,,,,\n@spam.example,email,,,\n+14155550101,fax,,,\n"
            let imported = try await api.send(.post, "/api/v1/blacklist/import", body: Array(file.utf8))
            #expect(imported.status == .ok, "\(imported.text)")
            #expect(imported.object?["read"] as? Int == 5 && imported.object?["added"] as? Int == 3 && imported.object?["rejected"] as? Int == 2)
            let rejects = try #require(imported.object?["rejects"] as? [[String: Any]])
            #expect(rejects.map { $0["line"] as? Int } == [4, 6])
            #expect((rejects.first?["reason"] as? String)?.hasPrefix("uri: 'not a number' is no phone number") == true, "\(rejects)")

            let exported = try await api.call(.get, "/api/v1/blacklist/export")
            #expect(exported.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = exported.text.split(separator: "\r\n")
            #expect(lines.first == "uri,medium,name,reason,expires,created_at,created_by" && lines.count == 4, "\(exported.text)")
            #expect(lines.contains { $0.hasPrefix("'+1212*,any,Area,,2030-01-01T00:00:00Z") }, "a formula-looking cell is neutralized: \(exported.text)")

            let other = try await api.tenant("other")
            let copied = try await api.send(.post, "/api/v1/blacklist/import", body: Array(exported.body), token: other.token)
            #expect(copied.object?["added"] as? Int == 3 && copied.object?["rejected"] as? Int == 0, "the export imports back: \(copied.text)")
            let empty = try await api.send(.post, "/api/v1/blacklist/import", body: Array("name\nx\n".utf8))
            #expect(empty.status == .badRequest && empty.problemFields == ["header"])
        }
    }
}
