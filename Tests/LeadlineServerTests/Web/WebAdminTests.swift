import Foundation
import Hummingbird
import LeadlineCore
import LeadlineStore
import LeadlineTestSupport
import Testing

@testable import LeadlineServer

@Suite struct WebAdminTests {
    @Test func aPageAskedForWithoutASessionLeadsToSignInAndBack() async throws {
        try await TestAPI.with { api in
            let browser = WebClient(api)
            let page = try await browser.get("/admin/lists")
            #expect(page.status == .seeOther && page.location == "/admin/sign-in?next=/admin/lists")
            let form = try await browser.get("/admin/sign-in?next=/admin/lists")
            #expect(form.status == .ok && form.html.contains(#"name="password""#) && form.csrf != nil)
            #expect(form.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            try await api.user("ana@example.com", role: .supervisor)
            let signedIn = try await browser.post(
                "/admin/sign-in", form: [("csrf", form.csrf!), ("email", "ana@example.com"), ("password", TestAPI.password), ("next", "/admin/lists")])
            #expect(signedIn.status == .seeOther && signedIn.location == "/admin/lists")
            let cookie = try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("leadline_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/admin") && !cookie.contains("Secure"))
            let lists = try await browser.get("/admin/lists")
            #expect(lists.status == .ok && lists.html.contains("<h1>Lists</h1>"))
        }
    }

    @Test func aSignInFromAnotherPageOrWithAWrongPasswordOpensNothing() async throws {
        try await TestAPI.with { api in
            try await api.user("ana@example.com", role: .supervisor)
            let browser = WebClient(api)
            let wrong = try await browser.signIn("ana@example.com", "not the password")
            #expect(wrong.status == .unauthorized && wrong.html.contains("The email or the password is wrong."))
            #expect(wrong.html.contains(#"value="ana@example.com""#), "the email typed is kept")
            // A form posted from elsewhere carries no token matching the sign-in cookie.
            let stranger = WebClient(api)
            let forged = try await stranger.post(
                "/admin/sign-in", form: [("csrf", "forged"), ("email", "ana@example.com"), ("password", TestAPI.password)])
            #expect(forged.status == .forbidden && forged.html.contains("expired"))
            #expect(try await stranger.get("/admin/lists").status == .seeOther)
        }
    }

    @Test func manyFailedSignInsMakeThePersonWait() async throws {
        try await TestAPI.with { api in
            try await api.user("ana@example.com", role: .supervisor)
            let browser = WebClient(api)
            let user = try #require(try await api.store.users.credentials(email: "ana@example.com")).user
            #expect(try await browser.signIn("ana@example.com", "not the password").status == .unauthorized)
            // The rest of the failures recorded at once: under load each bcrypt check can outlast the first delays.
            for _ in 0..<SignInThrottle.freeFailures + 5 { try await api.store.users.recordFailedSignIn(userID: user.id) }
            let refused = try await browser.signIn("ana@example.com", TestAPI.password)
            #expect(refused.status == .tooManyRequests && refused.html.contains("Too many failed sign-ins"))
        }
    }

    @Test func aFormWithoutItsTokenChangesNothingAndKeepsWhatWasTyped() async throws {
        try await TestAPI.with { api in
            try await api.user("ana@example.com", role: .supervisor)
            let browser = WebClient(api)
            try await browser.signIn("ana@example.com", TestAPI.password)
            let refused = try await browser.post("/admin/lists", form: [("name", "Spring leads"), ("timeZone", "UTC")])
            #expect(refused.status == .forbidden && refused.html.contains("This form was not sent"))
            #expect(refused.html.contains(#"value="Spring leads""#))
            let stale = try await browser.post("/admin/lists", form: [("csrf", "an old token"), ("name", "Spring leads")])
            #expect(stale.status == .forbidden)
            #expect(try await api.store.lists.list(tenantID: 1, page: .init()).items.isEmpty)
        }
    }

    @Test func aListIsMadeThroughItsFormAndBadFieldsAreShownBesideThem() async throws {
        try await TestAPI.with { api in
            try await api.user("ana@example.com", role: .supervisor)
            let browser = WebClient(api)
            try await browser.signIn("ana@example.com", TestAPI.password)
            let form = try await browser.get("/admin/lists/new")
            let bad = try await browser.post(
                "/admin/lists", form: [("csrf", form.csrf!), ("name", "Spring leads"), ("timeZone", "Mars/Olympus"), ("defaultRegion", "XX"), ("enabled", "on")])
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains(#"id="defaultRegion-error""#) && bad.html.contains(#"id="timeZone-error""#))
            #expect(bad.html.contains(#"value="Spring leads""#) && bad.html.contains(#"value="Mars/Olympus""#))
            #expect(try await api.store.lists.list(tenantID: 1, page: .init()).items.isEmpty)
            let made = try await browser.post(
                "/admin/lists", form: [("csrf", form.csrf!), ("name", "Spring leads"), ("timeZone", "America/New_York"), ("defaultRegion", "US"), ("enabled", "on")])
            #expect(made.status == .seeOther)
            let list = try #require(try await api.store.lists.list(tenantID: 1, page: .init()).items.first)
            #expect(made.location == "/admin/lists/\(list.id)" && list.settings.name == "Spring leads" && list.settings.enabled)
            let table = try await browser.get("/admin/lists")
            #expect(table.html.contains("Spring leads") && table.html.contains("America/New_York"))
        }
    }

    @Test func aSupervisorCannotReachAnAdministratorsPage() async throws {
        try await TestAPI.with { api in
            try await api.user("sam@example.com", role: .supervisor)
            try await api.user("root@example.com", role: .admin)
            let supervisor = WebClient(api)
            try await supervisor.signIn("sam@example.com", TestAPI.password)
            let users = try await supervisor.get("/admin/users")
            #expect(users.status == .forbidden && users.html.contains("may not manage users"))
            #expect(!(try await supervisor.get("/admin/lists")).html.contains(#"href="/admin/users""#))
            let admin = WebClient(api)
            try await admin.signIn("root@example.com", TestAPI.password)
            let page = try await admin.get("/admin/users")
            #expect(page.status == .ok && page.html.contains("sam@example.com"))
        }
    }

    @Test func anAdministratorMakesAndDisablesUsers() async throws {
        try await TestAPI.with { api in
            try await api.user("root@example.com", role: .admin)
            let admin = WebClient(api)
            try await admin.signIn("root@example.com", TestAPI.password)
            let page = try await admin.get("/admin/users")
            let short = try await admin.post("/admin/users", form: [("csrf", page.csrf!), ("name", "Sam"), ("email", "sam@example.com"), ("role", "supervisor"), ("password", "short")])
            #expect(short.status == .badRequest && short.html.contains("must be at least 12 characters") && short.html.contains(#"value="sam@example.com""#))
            let made = try await admin.post(
                "/admin/users", form: [("csrf", page.csrf!), ("name", "Sam"), ("email", "sam@example.com"), ("role", "supervisor"), ("password", TestAPI.password)])
            #expect(made.status == .seeOther)
            let sam = WebClient(api)
            #expect(try await sam.signIn("sam@example.com", TestAPI.password).status == .seeOther)
            let user = try #require(try await api.store.users.credentials(email: "sam@example.com")).user
            #expect(try await admin.post("/admin/users/\(user.id)/disable", form: [("csrf", page.csrf!)]).status == .seeOther)
            let after = try await sam.get("/admin/lists")
            #expect(after.status == .seeOther && after.location?.contains("expired=1") == true, "a disabled user's session ends at once")
        }
    }

    @Test func signingOutEndsTheSessionEverywhere() async throws {
        try await TestAPI.with { api in
            try await api.user("ana@example.com", role: .supervisor)
            let browser = WebClient(api)
            try await browser.signIn("ana@example.com", TestAPI.password)
            let page = try await browser.get("/admin/lists")
            let cookie = try #require(browser.cookies["leadline_session"])
            #expect(try await browser.post("/admin/sign-out", form: [("csrf", page.csrf!)]).location == "/admin/sign-in?signed-out=1")
            #expect(try await api.store.users.session(secretHash: TokenSecret.hash(cookie)) == nil)
        }
    }

    @Test func aFileIsImportedThroughTheWizardAndItsRejectsDownload() async throws {
        try await TestAPI.with { api in
            try await api.user("ana@example.com", role: .supervisor)
            let browser = WebClient(api)
            try await browser.signIn("ana@example.com", TestAPI.password)
            let form = try await browser.get("/admin/lists/new")
            _ = try await browser.post("/admin/lists", form: [("csrf", form.csrf!), ("name", "Leads"), ("timeZone", "UTC"), ("defaultRegion", "US"), ("enabled", "on")])
            let list = try #require(try await api.store.lists.list(tenantID: 1, page: .init()).items.first)
            let upload = try await browser.get("/admin/lists/\(list.id)/import")
            let file = "Ref,Given,Family,Tel\nA1,Ana,Silva,4155550100\nA2,Bo,Chen,not a number\n"
            let forged = try await browser.postFile("/admin/lists/\(list.id)/import/preview", csrf: nil, fileName: "leads.csv", contents: file)
            #expect(forged.status == .forbidden)
            let preview = try await browser.postFile("/admin/lists/\(list.id)/import/preview", csrf: upload.csrf, fileName: "leads.csv", contents: file)
            // No column is named as Leadline names a contact's parts: the wizard shows the file as it
            // is and asks what each column fills.
            #expect(preview.status == .ok && preview.html.contains("fill no part of a contact"))
            #expect(preview.html.contains(#"name="map:Tel""#) && preview.html.contains("4155550100"))
            let token = try #require(WebClient.Page.first(#"name="upload" value="([^"]+)""#, in: preview.html))
            let settings: [(String, String)] = [
                ("csrf", preview.csrf!), ("upload", token), ("fileName", "leads.csv"), ("hasHeader", "on"), ("separator", ","),
                ("importRule", "append"), ("mergeRule", "update_fields"), ("duplicates", "last"), ("blacklist", "ignore"), ("emptyCells", "keep"),
                ("updateRule", "do_nothing"),
            ]
            let nothing = try await browser.post(
                "/admin/lists/\(list.id)/import/start", form: settings + [("map:Ref", ""), ("map:Given", ""), ("map:Family", ""), ("map:Tel", ""), ("action", "start")])
            #expect(nothing.status != .seeOther, "a mapping that maps nothing starts nothing")
            #expect(try await api.store.processes.list(tenantID: 1, listID: nil, page: .init()).items.isEmpty)
            let mapped: [(String, String)] = [("map:Ref", "external_id"), ("map:Given", "first_name"), ("map:Family", "last_name"), ("map:Tel", "phone1")]
            let again = try await browser.post("/admin/lists/\(list.id)/import/start", form: settings + mapped + [("action", "preview")])
            #expect(again.status == .ok && again.html.contains("+14155550100") && again.html.contains("cell-error"), "the rows as stored, the bad number marked")
            let started = try await browser.post(
                "/admin/lists/\(list.id)/import/start",
                form: settings + mapped + [("action", "start")])
            #expect(started.status == .seeOther)
            let process = try #require(try await api.store.processes.list(tenantID: 1, listID: nil, page: .init()).items.first)
            #expect(started.location == "/admin/processes/\(process.id)?started=1")
            try await api.runner.runDue()
            let progress = try await browser.get("/admin/processes/\(process.id)/progress")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(progress.html.utf8)) as? [String: Any])
            #expect(json["state"] as? String == "finished" && json["live"] as? Bool == false)
            #expect((json["counts"] as? String)?.contains("inserted 1") == true && (json["counts"] as? String)?.contains("rejected 1") == true)
            let rejects = try await browser.get(try #require(json["fileHref"] as? String))
            #expect(rejects.status == .ok && rejects.html.contains("not a number"))
            let table = try await browser.get("/admin/processes")
            #expect(table.html.contains("leads.csv") && table.html.contains("finished"))
        }
    }

    @Test func aDeleteAgainstAnOldVersionSaysSoAndKeepsTheList() async throws {
        try await TestAPI.with { api in
            try await api.user("ana@example.com", role: .supervisor)
            let browser = WebClient(api)
            try await browser.signIn("ana@example.com", TestAPI.password)
            let form = try await browser.get("/admin/lists/new")
            _ = try await browser.post("/admin/lists", form: [("csrf", form.csrf!), ("name", "Leads"), ("timeZone", "UTC")])
            let list = try #require(try await api.store.lists.list(tenantID: 1, page: .init()).items.first)
            let confirm = try await browser.get("/admin/lists/\(list.id)/delete")
            #expect(confirm.html.contains("Delete Leads?"))
            _ = try await api.call(.patch, "/api/v1/lists/\(list.id)", json: #"{"description":"changed meanwhile"}"#)
            let stale = try await browser.post("/admin/lists/\(list.id)/delete", form: [("csrf", confirm.csrf!), ("version", "\(list.version)")])
            #expect(stale.status == .preconditionFailed && stale.html.contains("Someone changed this meanwhile"))
            #expect(try await api.store.lists.find(id: list.id, tenantID: 1) != nil)
            let fresh = try await browser.get("/admin/lists/\(list.id)/delete")
            let version = try #require(WebClient.Page.first(#"name="version" value="([^"]+)""#, in: fresh.html))
            let deleted = try await browser.post("/admin/lists/\(list.id)/delete", form: [("csrf", fresh.csrf!), ("version", version)])
            #expect(deleted.status == .seeOther && deleted.location?.hasPrefix("/admin/lists?deleted=") == true)
            #expect(try await api.store.lists.find(id: list.id, tenantID: 1) == nil)
        }
    }

    @Test func anotherTenantsListIsNotFound() async throws {
        try await TestAPI.with { api in
            let other = try await api.tenant("other")
            let made = try await api.call(.post, "/api/v1/lists", token: other.token, json: #"{"name":"Theirs"}"#)
            let id = try #require(made.object?["id"] as? Int)
            try await api.user("ana@example.com", role: .admin)
            let browser = WebClient(api)
            try await browser.signIn("ana@example.com", TestAPI.password)
            for path in ["/admin/lists/\(id)", "/admin/lists/\(id)/delete", "/admin/lists/\(id)/import"] {
                let page = try await browser.get(path)
                #expect(page.status == .notFound && page.html.contains("does not exist"), "\(path)")
            }
        }
    }

    @Test func everyPageNeedsASessionAndEveryTemplateFileIsCompiledIn() async throws {
        try await TestAPI.with { api in
            let pages = api.routes.routes.filter(\.isPage)
            #expect(pages.count > 15)
            let open: Set<String> = ["GET /", "GET /admin", "GET /admin/sign-in", "POST /admin/sign-in", "POST /admin/sign-out", "GET /admin/assets/{name}"]
            for route in pages where !open.contains(route.description) {
                let path = route.path.replacingOccurrences(of: "{id}", with: "1")
                let page = try await WebClient(api).send(route.method, path)
                #expect(page.status == .seeOther && page.location?.hasPrefix("/admin/sign-in") == true, "\(route)")
            }
        }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/LeadlineServer/Web/Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(files.map { String($0.dropLast(".mustache".count)) }) == Set(PageRenderer.templates.keys))
    }
}

extension WebClient {
    func send(_ method: HTTPRequest.Method, _ path: String) async throws -> Page {
        method == .get ? try await get(path) : try await post(path, form: [])
    }
}
