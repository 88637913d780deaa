import Foundation
import LeadlineTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The `leadline` binary as an operator runs it, against a SQLite file.
@Suite struct CommandLineTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-cli-\(UUID().uuidString).sqlite").path

    @Test func tenantsAndTokensFromTheCommandLine() throws {
        defer { TestStore.removeSQLite(database) }
        #expect(try leadline(["migrate", "--db", database]).output == "sqlite database at migration 15\n")
        let created = try leadline(["tenant", "create", "Acme", "--db", database])
        #expect(created.status == 0 && created.output == "tenant 1 Acme\n")
        #expect(try leadline(["tenant", "create", "Acme", "--db", database]).status != 0, "a taken name is refused")
        let listed = try leadline(["tenant", "list", "--db", database])
        #expect(listed.output.hasPrefix("1\tAcme\t"))
        let token = try leadline(["token", "create", "--tenant", "1", "--role", "supervisor", "--name", "Mia", "--db", database])
        #expect(token.status == 0)
        #expect(token.output.split(separator: "\n").last?.hasPrefix("ll_") == true)
        #expect(try leadline(["token", "create", "--tenant", "1", "--role", "boss", "--name", "x", "--db", database]).status != 0)
        #expect(try leadline(["token", "create", "--tenant", "42", "--role", "admin", "--name", "x", "--db", database]).status != 0)
        #expect(try leadline(["token", "revoke", "1", "--db", database]).output == "token 1 revoked\n")
        #expect(try leadline(["token", "revoke", "99", "--db", database]).status != 0)
        #expect(try leadline(["tenant", "list", "--db", database, "--postgres", "postgres://x@y/z"]).status != 0, "one store at a time")
    }

    @Test func usersFromTheCommandLine() throws {
        defer { TestStore.removeSQLite(database) }
        #expect(try leadline(["tenant", "create", "Acme", "--db", database]).status == 0)
        let made = try leadline(["user", "create", "--tenant", "1", "--email", "Ana@Example.com", "--name", "Ana", "--role", "supervisor", "--db", database])
        #expect(made.status == 0 && made.output.hasPrefix("user 1 ana@example.com in tenant 1 as supervisor"), "\(made.output)")
        let password = try #require(made.output.split(separator: "\n").last?.split(separator: " ").last)
        #expect(password.count == 20, "a generated password, printed once")
        let taken = try leadline(["user", "create", "--tenant", "1", "--email", "ana@example.com", "--name", "Ana", "--role", "agent", "--db", database])
        #expect(taken.status != 0 && taken.output.contains("another user already signs in with ana@example.com"))
        #expect(try leadline(["user", "create", "--tenant", "1", "--email", "x", "--name", "X", "--role", "agent", "--db", database]).output.contains("email must be an email address"))
        #expect(try leadline(["user", "create", "--tenant", "1", "--email", "b@example.com", "--name", "B", "--role", "boss", "--db", database]).status != 0)
        #expect(try leadline(["user", "disable", "1", "--db", database]).output == "user 1 disabled\n")
        #expect(try leadline(["user", "list", "--tenant", "1", "--db", database]).output.contains("1\tana@example.com\tAna\tsupervisor\tdisabled"))
        #expect(try leadline(["user", "disable", "1", "--enable", "--db", database]).output == "user 1 enabled\n")
        #expect(try leadline(["user", "disable", "7", "--db", database]).status != 0)
    }

    @Test func helpExplainsEveryCommand() throws {
        let help = try leadline(["--help"])
        for command in ["serve", "migrate", "tenant", "token"] { #expect(help.output.contains(command)) }
        #expect(try leadline(["serve", "--help"]).output.contains("LEADLINE_ADMIN_TOKEN"))
    }

    @Test func aBadAdminTokenOnTheFirstStartChangesNothing() async throws {
        defer { TestStore.removeSQLite(database) }
        var environment = ProcessInfo.processInfo.environment
        environment["LEADLINE_ADMIN_TOKEN"] = "short"
        let refused = try Subprocess.run([Self.binary.path, "serve", "--db", database, "--port", "0"], environment: environment)
        #expect(refused.status != 0 && refused.output.contains("LEADLINE_ADMIN_TOKEN"))
        // Nothing was written: no tenant stands without its administrator.
        let tenants = try leadline(["tenant", "list", "--db", database])
        #expect(!tenants.output.contains("default"), "\(tenants.output)")
    }

    @Test func serveCreatesTheFirstTokenAndAnswers() async throws {
        defer { TestStore.removeSQLite(database) }
        let port = try LoopbackPort.free()
        let secret = "operator-chosen-token-\(UUID().uuidString)"
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-serve-\(UUID().uuidString).log")
        var environment = ProcessInfo.processInfo.environment
        environment["LEADLINE_ADMIN_TOKEN"] = secret
        let server = try Subprocess.start(
            [Self.binary.path, "serve", "--db", database, "--port", String(port)], environment: environment, log: log.path)
        defer { Subprocess.stop(server); try? FileManager.default.removeItem(at: log) }
        var output = ""
        for _ in 0..<100 where !output.contains("Server started") {
            try await Task.sleep(for: .milliseconds(100))
            output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        #expect(output.contains("Created a system administrator token in tenant 'default'"))
        #expect(output.contains("Created the first administrator of the web admin") && output.contains("admin@leadline.local"))
        #expect(!output.contains(secret), "a preset token is not echoed")
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/v1/tenants")!)
        request.setValue("Bearer \(secret)", forHTTPHeaderField: "Authorization")
        let (body, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("\"name\":\"default\""))
        let requestID = try #require((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "X-Request-Id"))
        try await Task.sleep(for: .milliseconds(200))
        let logged = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let line = try #require(logged.split(separator: "\n").first { $0.contains("GET /api/v1/tenants 200") }, "\(logged)")
        #expect(line.contains(requestID) && !logged.contains(secret), "one line per request, with its id and never its token")
    }

    /// The binary built beside this test bundle (on Linux the bundle is its build folder).
    static var binary: URL {
        let here = Bundle.main.bundleURL
        return [here, here.deletingLastPathComponent()].map { $0.appendingPathComponent("leadline") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? here.appendingPathComponent("leadline")
    }

    private func leadline(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Subprocess.run([Self.binary.path] + arguments)
    }
}

/// `leadline phone`, as a list owner checks a file before importing it.
@Suite struct PhoneCommandTests {
    private func lines(_ output: String) -> [[String: Any]] {
        output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func numbersFromArguments() throws {
        let result = try Subprocess.run([CommandLineTests.binary.path, "phone", "--region", "GB", "020 7946 0958", "+1 415 555 2671", "nonsense"])
        #expect(result.status == 0)
        let reports = lines(result.output)
        #expect(reports.count == 3)
        #expect(reports[0]["e164"] as? String == "+442079460958" && reports[0]["type"] as? String == "fixed_line")
        #expect(reports[0]["timeZones"] as? [String] == ["Europe/London"] && reports[0]["verdict"] as? String == "valid")
        #expect(reports[1]["region"] as? String == "US" && reports[1]["national"] as? String == "(415) 555-2671")
        #expect(reports[2]["verdict"] as? String == "invalid" && reports[2]["reason"] as? String == "not_a_number")
    }

    @Test func numbersFromStandardInput() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-phones-\(UUID().uuidString).txt")
        try "030 1234567\n0151 23456789 x 12\n+49 1\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Subprocess.run([CommandLineTests.binary.path, "phone", "--region", "DE"], input: file.path)
        let reports = lines(result.output)
        #expect(reports.map { $0["verdict"] as? String } == ["valid", "valid", "invalid"])
        #expect(reports[1]["extension"] as? String == "12" && reports[1]["type"] as? String == "mobile")
        #expect(reports[2]["reason"] as? String == "too_short")
    }

    @Test func anUnknownRegionIsRefused() throws {
        let result = try Subprocess.run([CommandLineTests.binary.path, "phone", "--region", "XX", "123"])
        #expect(result.status != 0 && result.output.contains("XX"))
    }
}
