import Foundation
import LeadlineTestSupport
import Testing

/// `leadline gateway`, as the engineer running the server adds an SMS gateway from a shell.
@Suite struct GatewayCommandTests {
    @Test func aGatewayIsAddedWithItsSecretFromTheEnvironmentAndNeverShownAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-cli-gateways-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func leadline(_ arguments: [String], secret: String? = nil) throws -> (status: Int32, output: String) {
            var environment = ProcessInfo.processInfo.environment
            environment["LEADLINE_GATEWAY_SECRET"] = secret
            return try Subprocess.run([CommandLineTests.binary.path] + arguments + ["--db", "\(folder)/store.sqlite"], environment: environment)
        }
        #expect(try leadline(["tenant", "create", "Acme"]).status == 0)
        let made = try leadline(
            ["gateway", "create", "--name", "Kannel", "--kind", "kannel", "--from", "4040", "--url", "http://127.0.0.1:13013/cgi-bin/sendsms",
             "--username", "leadline", "--public-url", "https://leadline.example.com"], secret: "kannel-password")
        #expect(made.status == 0 && made.output.contains("gateway 1 'Kannel'") && made.output.contains("https://leadline.example.com/webhooks/kannel/1/inbound?token="), "\(made.output)")
        #expect(!made.output.contains("kannel-password"))
        let listed = try leadline(["gateway", "list"])
        #expect(listed.output == "1\tKannel\tkannel\t4040\tsecret set\n" , "\(listed.output)")
        let bad = try leadline(["gateway", "create", "--name", "Relay", "--kind", "smtp", "--from", "not-an-address"])
        #expect(bad.status != 0 && bad.output.contains("settings.host") && bad.output.contains("settings.from"), "\(bad.output)")
        #expect(try leadline(["gateway", "create", "--name", "X", "--kind", "fax", "--from", "1"]).status != 0)
        #expect(try leadline(["gateway", "delete", "--id", "1"]).output.contains("gateway 1 removed"))
        #expect(try leadline(["gateway", "list"]).output.isEmpty)
    }
}
