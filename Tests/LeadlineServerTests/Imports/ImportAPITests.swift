import Foundation
import LeadlineStore
import LeadlineTestSupport
import Testing

@Suite struct ImportAPITests {
    static let file = "Account ID,First Name,Phone 1,balance\nA1,Ann,(415) 555-0100,12.50\nA2,Bob,555-12,1\nA3,=cmd(),415 555 0102,\n"

    @Test(arguments: [Engine.sqlite, .postgres])
    func uploadPreviewImportProcessAndExport(engine: Engine) async throws {
        try await TestAPI.with(engine) { api in
            _ = try await api.call(.post, "/api/v1/fields", json: #"{"name":"balance","type":"decimal"}"#)
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads","defaultRegion":"US"}"#).object?["id"] as? Int)

            let preview = try await api.send(.post, "/api/v1/lists/\(listID)/imports/preview", body: Array(Self.file.utf8))
            #expect(preview.status == .ok, "\(preview.text)")
            let columns = (preview.object?["columns"] as? [[String: Any]])?.map { $0["target"] as? String }
            #expect(columns == ["external_id", "first_name", "phone1", "balance"])
            let rows = try #require(preview.object?["rows"] as? [[String: Any]])
            #expect(rows.count == 3 && (rows[1]["errors"] as? [[String: Any]])?.first?["column"] as? String == "Phone 1")
            #expect(try await api.call(.get, "/api/v1/lists/\(listID)/contacts").items.isEmpty, "a preview writes nothing")

            let started = try await api.send(.post, "/api/v1/lists/\(listID)/imports?mergeRule=replace&fileName=spring.csv", body: Array(Self.file.utf8))
            #expect(started.status == .accepted && started.object?["state"] as? String == "pending", "\(started.text)")
            let processID = try #require(started.object?["id"] as? Int)
            #expect(started.headers[.location] == "/api/v1/processes/\(processID)")
            await api.runner.runDue()
            let process = try await api.call(.get, "/api/v1/processes/\(processID)")
            #expect(process.object?["state"] as? String == "finished", "\(process.text)")
            let counts = process.object?["counts"] as? [String: Int]
            #expect(counts?["read"] == 3 && counts?["inserted"] == 2 && counts?["rejected"] == 1)
            let rejects = try await api.call(.get, "/api/v1/processes/\(processID)/file")
            #expect(rejects.status == .ok && rejects.text.contains("Phone 1") && rejects.text.contains("555-12"))
            #expect(try await api.call(.get, "/api/v1/processes?list=\(listID)").items.count == 1)

            let export = try await api.call(.get, "/api/v1/lists/\(listID)/export?fields=external_id,first_name,phone1,balance")
            #expect(export.status == .ok && export.headers[.contentDisposition]?.contains("\(listID).export.") == true)
            #expect(export.text == "external_id,first_name,phone1,balance\r\nA1,Ann,+14155550100,12.5\r\nA3,'=cmd(),+14155550102,\r\n")

            let exportProcess = try await api.call(.post, "/api/v1/lists/\(listID)/exports", json: #"{"separator":";","encoding":"utf8-bom","fields":["external_id"]}"#)
            #expect(exportProcess.status == .accepted)
            await api.runner.runDue()
            let exportID = try #require(exportProcess.object?["id"] as? Int)
            let exported = try await api.call(.get, "/api/v1/processes/\(exportID)")
            #expect(exported.object?["state"] as? String == "finished" && (exported.object?["counts"] as? [String: Int])?["exported"] == 2)
            let file = try await api.call(.get, "/api/v1/processes/\(exportID)/file")
            #expect(Array(file.body) == [0xEF, 0xBB, 0xBF] + Array("external_id\r\nA1\r\nA3\r\n".utf8))
        }
    }

    @Test func badUploadsAreRefusedAndLeaveNothing() async throws {
        try await TestAPI.with(uploadLimit: 1000) { api in
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads"}"#).object?["id"] as? Int)
            let tooLarge = try await api.send(.post, "/api/v1/lists/\(listID)/imports", body: Array(repeating: UInt8(ascii: "x"), count: 5000))
            #expect(tooLarge.status == .contentTooLarge && tooLarge.isProblem)
            let empty = try await api.send(.post, "/api/v1/lists/\(listID)/imports", body: [])
            #expect(empty.status == .badRequest && empty.problemFields == ["body"])
            let badSetting = try await api.send(.post, "/api/v1/lists/\(listID)/imports?mergeRule=smash&sep=x", body: Array("a\n1\n".utf8))
            #expect(badSetting.status == .badRequest && Set(badSetting.problemFields) == ["mergeRule", "sep"])
            let foreign = try await api.send(.post, "/api/v1/lists/999/imports", body: Array("a\n1\n".utf8))
            #expect(foreign.status == .notFound)
            let binary = try await api.send(.post, "/api/v1/lists/\(listID)/imports/preview", body: [0x50, 0x4B, 3, 4, 0, 0, 0])
            #expect(binary.status == .badRequest && binary.text.contains("not a CSV file"))
            #expect(try await api.call(.get, "/api/v1/processes").items.isEmpty)
            let badHeader = try await api.call(.get, "/api/v1/lists/\(listID)/export?header=maybe")
            #expect(badHeader.status == .badRequest && badHeader.problemFields == ["header"])
            let badExport = try await api.call(.get, "/api/v1/lists/\(listID)/export?sep=x&fields=nope")
            #expect(badExport.status == .badRequest && badExport.problemFields == ["sep"])
            let badFields = try await api.call(.get, "/api/v1/lists/\(listID)/export?fields=external_id,nope&encoding=utf16be")
            #expect(badFields.status == .badRequest && badFields.problemFields == ["encoding"], "\(badFields.text)")
            let unknownField = try await api.call(.get, "/api/v1/lists/\(listID)/export?fields=external_id,nope")
            #expect(unknownField.status == .badRequest && unknownField.problemFields == ["fields[1]"])
            let cancelMissing = try await api.call(.post, "/api/v1/processes/42/cancel")
            #expect(cancelMissing.status == .notFound)
        }
    }

    @Test func aBrowserFormWithAGzippedFileAndSettingsImports() async throws {
        try await TestAPI.with { api in
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads","defaultRegion":"US"}"#).object?["id"] as? Int)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-form-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try "id;Vorname;Tel\nK1;Karl;415 555 0100\nK2;Kim;415 555 0101\n".write(toFile: "\(folder)/leads.csv", atomically: true, encoding: .utf8)
            #expect(try Subprocess.run(["gzip", "-k", "\(folder)/leads.csv"]).status == 0)
            let gzipped = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(folder)/leads.csv.gz")))
            func form(_ parts: [(name: String, fileName: String?, body: [UInt8])]) -> [UInt8] {
                var body: [UInt8] = []
                for part in parts {
                    let disposition = "form-data; name=\"\(part.name)\"" + (part.fileName.map { "; filename=\"\($0)\"" } ?? "")
                    body += Array("--XyZ\r\nContent-Disposition: \(disposition)\r\n\r\n".utf8) + part.body + Array("\r\n".utf8)
                }
                return body + Array("--XyZ--\r\n".utf8)
            }
            let settings = #"{"mapping":{"id":"external_id","Vorname":"first_name","Tel":"phone1"},"rules":{"duplicates":"first"}}"#
            let started = try await api.send(
                .post, "/api/v1/lists/\(listID)/imports", body: form([("settings", nil, Array(settings.utf8)), ("file", "leads.csv.gz", gzipped)]),
                contentType: "multipart/form-data; boundary=XyZ")
            #expect(started.status == .accepted && started.object?["fileName"] as? String == "leads.csv.gz", "\(started.text)")
            await api.runner.runDue()
            let contacts = try await api.call(.get, "/api/v1/lists/\(listID)/contacts").items
            #expect(contacts.map { $0["firstName"] as? String } == ["Karl", "Kim"])

            let stray = try await api.send(
                .post, "/api/v1/lists/\(listID)/imports", body: form([("photo", "x.png", [1, 2, 3])]), contentType: "multipart/form-data; boundary=XyZ")
            #expect(stray.status == .badRequest && stray.problemFields == ["photo"])
            let badSettings = try await api.send(
                .post, "/api/v1/lists/\(listID)/imports", body: form([("settings", nil, Array(#"{"rules":{"mergeRule":"smash"}}"#.utf8)), ("file", "a.csv", Array("a\n1\n".utf8))]),
                contentType: "multipart/form-data; boundary=XyZ")
            #expect(badSettings.status == .badRequest && badSettings.problemFields.first?.hasPrefix("settings") == true, "\(badSettings.text)")
        }
    }

    @Test func anUploadCutOffMidwayLeavesNoFileAndNoProcess() async throws {
        try await TestAPI.with(mode: .live) { api in
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads"}"#).object?["id"] as? Int)
            let head = """
                POST /api/v1/lists/\(listID)/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(api.adminToken)\r\n\
                Content-Type: text/csv\r\nContent-Length: 1000000\r\n\r\naccount_id\nA1\nA2\n
                """
            try RawConnection.sendAndHangUp(Array(head.utf8), port: try #require(api.client.port))
            var uploads: [String] = ["?"]
            for _ in 0..<50 where !uploads.isEmpty {
                try await Task.sleep(for: .milliseconds(100))
                uploads = try FileManager.default.contentsOfDirectory(atPath: "\(api.files.directory)/uploads")
            }
            #expect(uploads.isEmpty, "the cut-off upload's file is removed")
            #expect(try await api.call(.get, "/api/v1/processes").items.isEmpty, "and no process was made")
            #expect(try await api.call(.get, "/api/v1/lists/\(listID)/contacts").items.isEmpty)
        }
    }

    @Test func mappingTemplatesAreSavedAndUsed() async throws {
        try await TestAPI.with { api in
            let listID = try #require(try await api.call(.post, "/api/v1/lists", json: #"{"name":"Leads","defaultRegion":"DE"}"#).object?["id"] as? Int)
            let saved = try await api.call(.put, "/api/v1/mapping-templates/german", json: #"{"mapping":{"Kundennummer":"external_id","Telefon":"phone1"}}"#)
            #expect(saved.status == .ok && saved.object?["name"] as? String == "german")
            #expect(try await api.call(.get, "/api/v1/mapping-templates").items.count == 1)
            let started = try await api.send(.post, "/api/v1/lists/\(listID)/imports?template=german&separator=;", body: Array("Kundennummer;Telefon\nK1;030 1234567\n".utf8))
            #expect(started.status == .accepted)
            await api.runner.runDue()
            let contacts = try await api.call(.get, "/api/v1/lists/\(listID)/contacts").items
            #expect(contacts.first?["externalId"] as? String == "K1")
            #expect((contacts.first?["phones"] as? [[String: Any]])?.first?["e164"] as? String == "+49301234567")
            let bad = try await api.call(.put, "/api/v1/mapping-templates/empty", json: #"{"mapping":{}}"#)
            #expect(bad.status == .badRequest && bad.problemFields == ["mapping"])
            #expect(try await api.call(.delete, "/api/v1/mapping-templates/german").status == .noContent)
            #expect(try await api.call(.delete, "/api/v1/mapping-templates/german").status == .notFound)
        }
    }
}
