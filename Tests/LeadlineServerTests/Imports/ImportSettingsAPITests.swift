import Foundation
import HTTPTypes
import LeadlineCore
import LeadlineStore
import Testing

/// One name per setting through every door, columns never lost in silence, and processes that
/// show their settings as a documented object.
@Suite struct ImportSettingsAPITests {
    static let file = "account_id,first_name,phone1,Balance,Opted In\nA1,Ann,(415) 555-0100,\"$1,595.75\",yes\nA2,Bob,(415) 555-0101,(120.00),no\n"

    @Test func settingsHaveOneNameAndTheUnmappedColumnsAreListed() async throws {
        try await TestAPI.with { api in
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads"}"#).object?["id"] as? Int)
            let preview = try await api.send(.post, "/api/v1/lists/\(listID)/imports/preview", body: Array(Self.file.utf8))
            #expect(preview.object?["unmappedColumns"] as? [String] == ["Balance", "Opted In"], "\(preview.text)")
            let proposed = (preview.object?["proposedFields"] as? [[String: Any]])?.map { "\($0["name"] ?? ""):\($0["type"] ?? "")" }
            #expect(proposed == ["balance:decimal", "opted_in:boolean"])
            #expect((preview.object?["region"] as? String)?.contains("US, the tenant's default region") == true)
            let created = try await api.send(.post, "/api/v1/lists/\(listID)/imports/preview?createFields=true", body: Array(Self.file.utf8))
            let row = try #require((created.object?["rows"] as? [[String: Any]])?.first?["contact"] as? [String: Any])
            #expect((row["custom"] as? [String: Any])?["opted_in"] as? Bool == true, "the preview reads the rows with the fields it would add")
            let schema = try await api.call(.get, "/api/v1/lists/\(listID)").object?["schema"] as? [Any]
            #expect(schema?.isEmpty == true, "a preview adds no field")

            // The rules beside the other settings in the multipart settings part, as in the query string.
            let settings = #"{"mergeRule":"replace","createFields":true,"emptyCells":"clear"}"#
            var body = Array("--XyZ\r\nContent-Disposition: form-data; name=\"settings\"\r\n\r\n\(settings)\r\n".utf8)
            body += Array("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"leads.csv\"\r\n\r\n\(Self.file)\r\n--XyZ--\r\n".utf8)
            let started = try await api.send(.post, "/api/v1/lists/\(listID)/imports", body: body, contentType: "multipart/form-data; boundary=XyZ")
            #expect(started.status == .accepted, "\(started.text)")
            let shown = try #require(started.object?["settings"] as? [String: Any])
            #expect(shown["kind"] as? String == "import" && shown["mergeRule"] as? String == "replace" && shown["createFields"] as? Bool == true)
            #expect(shown["emptyCells"] as? String == "clear" && shown["import"] == nil && shown["_0"] == nil, "\(shown)")
            await api.runner.runDue()
            let processID = try #require(started.object?["id"] as? Int)
            let process = try await api.call(.get, "/api/v1/processes/\(processID)")
            #expect((process.object?["details"] as? String)?.contains("fields added to the list: balance (decimal), opted_in (boolean)") == true, "\(process.text)")
            let both = #"{"mergeRule":"replace","rules":{"mergeRule":"append"}}"#
            var twice = Array("--XyZ\r\nContent-Disposition: form-data; name=\"settings\"\r\n\r\n\(both)\r\n".utf8)
            twice += Array("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n\(Self.file)\r\n--XyZ--\r\n".utf8)
            let refused = try await api.send(.post, "/api/v1/lists/\(listID)/imports", body: twice, contentType: "multipart/form-data; boundary=XyZ")
            #expect(refused.status == .badRequest && refused.text.contains("not both"), "\(refused.text)")

            // An export's status and fields take a list or a comma-separated string, in the body as in the query.
            let export = try await api.call(.post, "/api/v1/lists/\(listID)/exports", json: #"{"fields":"external_id,balance","status":"remaining,callback"}"#)
            #expect(export.status == .accepted, "\(export.text)")
            let exportSettings = try #require(export.object?["settings"] as? [String: Any])
            #expect(exportSettings["kind"] as? String == "export" && exportSettings["status"] as? [String] == ["remaining", "callback"])
            #expect(exportSettings["fields"] as? [String] == ["external_id", "balance"])
            let badStatus = try await api.call(.post, "/api/v1/lists/\(listID)/exports", json: #"{"status":"remaining,gone"}"#)
            #expect(badStatus.status == .badRequest && badStatus.problemFields == ["status"])
        }
    }

    @Test func aTenantsDefaultRegionIsSetBySystemAdministrators() async throws {
        try await TestAPI.with { api in
            let created = try await api.call(.post, "/api/v1/tenants", json: #"{"name":"Paris","defaultRegion":"FR"}"#)
            #expect(created.status == .created && created.object?["defaultRegion"] as? String == "FR", "\(created.text)")
            let id = try #require(created.object?["id"] as? Int)
            let changed = try await api.call(.patch, "/api/v1/tenants/\(id)", json: #"{"defaultRegion":""}"#)
            #expect(changed.status == .ok && changed.object?["defaultRegion"] == nil, "\(changed.text)")
            let bad = try await api.call(.patch, "/api/v1/tenants/\(id)", json: #"{"defaultRegion":"XX"}"#)
            #expect(bad.status == .badRequest && bad.problemFields == ["defaultRegion"])
            #expect(try await api.call(.patch, "/api/v1/tenants/99999", json: #"{"name":"x"}"#).status == .notFound)
            let fresh = try await api.call(.post, "/api/v1/tenants", json: #"{"name":"Phoenix"}"#)
            #expect(fresh.object?["defaultRegion"] as? String == "US", "a new tenant reads national numbers as US")
        }
    }
}
