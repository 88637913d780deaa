import Foundation
import LeadlineStore
import LeadlineTestSupport
import Testing

@Suite struct DataSourceAPITests {
    @Test func adminsSaveRunAndDeleteDataSourcesInsideTheOpenedFolders() async throws {
        try await TestAPI.with { api in
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads"}"#).object?["id"] as? Int)
            let outside = try await api.call(.post, "/api/v1/data-sources", json: """
                {"name":"etc","listId":\(listID),"location":{"kind":"file","path":"/etc/passwd"},"schedule":{"kind":"daily","time":"06:00","timeZone":"UTC"}}
                """)
            #expect(outside.status == .badRequest && outside.problemFields == ["location.path"])
            let badSchedule = try await api.call(.post, "/api/v1/data-sources", json: """
                {"name":"x","listId":\(listID),"location":{"kind":"query","url":"postgres://r@db/crm","sql":"SELECT 1"},"schedule":{"kind":"hourly"}}
                """)
            #expect(badSchedule.status == .badRequest && badSchedule.problemFields == ["schedule.kind"])
            let unknownKey = try await api.call(.post, "/api/v1/data-sources", json: """
                {"name":"x","listId":\(listID),"location":{"kind":"file","path":"/x","glob":true},"schedule":{"kind":"daily","time":"06:00","timeZone":"UTC"}}
                """)
            #expect(unknownKey.status == .badRequest)

            let created = try await api.call(.post, "/api/v1/data-sources", json: """
                {"name":"crm","listId":\(listID),"location":{"kind":"query","url":"postgres://reader:secret@db.example.com/crm","sql":"SELECT 1"},
                 "settings":{"rules":{"mergeRule":"replace"}},"schedule":{"kind":"weekly","weekday":"monday","time":"06:00","timeZone":"Europe/Paris"}}
                """)
            #expect(created.status == .created, "\(created.text)")
            #expect(!created.text.contains("secret") && created.object?["nextRunAt"] is String)
            let id = try #require(created.object?["id"] as? Int)
            #expect(try await api.call(.get, "/api/v1/data-sources").items.count == 1)

            let supervisor = try await api.tenant("other", role: .supervisor)
            #expect(try await api.call(.get, "/api/v1/data-sources", token: supervisor.token).status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/data-sources/\(id)", token: supervisor.token).status == .forbidden)

            #expect(try await api.call(.delete, "/api/v1/data-sources/\(id)").status == .noContent)
            #expect(try await api.call(.get, "/api/v1/data-sources/\(id)").status == .notFound)
        }
    }
}
