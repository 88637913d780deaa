import Foundation
import LeadlineTestSupport
import Testing

/// `leadline callbacks`, as a supervisor manages callbacks from a shell.
@Suite struct CallbacksCommandTests {
    @Test func callbacksAreMadeListedMovedAndClosed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-cli-callbacks-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func leadline(_ arguments: [String]) throws -> (status: Int32, output: String) {
            try Subprocess.run([CommandLineTests.binary.path] + arguments + ["--db", "\(folder)/store.sqlite"])
        }
        try "external_id,first_name,last_name,phone1\nA1,Ann,Smith,+12125550101\nA2,Bob,Jones,+12125550102\n".write(toFile: "\(folder)/leads.csv", atomically: true, encoding: .utf8)
        #expect(try leadline(["tenant", "create", "Acme"]).status == 0)
        #expect(try leadline(["import", "\(folder)/leads.csv", "--list", "Leads", "--create", "--region", "US"]).status == 0)
        let campaign = try leadline(["campaign", "create", "--name", "Renewals", "--list", "Leads"])
        #expect(campaign.status == 0 && campaign.output.contains("campaign 1"), "\(campaign.output)")
        let tomorrow = ISO8601DateFormatter().string(from: Date().addingTimeInterval(86_400))

        let made = try leadline(["callbacks", "create", "--campaign", "1", "--contact", "1", "--at", tomorrow, "--comment", "after lunch"])
        #expect(made.status == 0 && made.output.contains("scheduled") && made.output.contains("scheduled_by_user"), "\(made.output)")
        let twice = try leadline(["callbacks", "create", "--campaign", "1", "--contact", "1", "--at", "now"])
        #expect(twice.status != 0 && twice.output.contains("has callback 1 open"), "\(twice.output)")
        _ = try leadline(["callbacks", "create", "--campaign", "1", "--contact", "2", "--at", tomorrow])

        let listed = try leadline(["callbacks", "list", "--contact-name", "smith"])
        #expect(listed.output.split(separator: "\n").count == 1 && listed.output.hasPrefix("1\t"), "\(listed.output)")
        let moved = try leadline(["callbacks", "move", "1", "--to", "now"])
        #expect(moved.status == 0 && moved.output.contains("\tdue\t"), "\(moved.output)")
        let stranger = try leadline(["callbacks", "reassign", "1", "--agent", "ghost"])
        #expect(stranger.status != 0 && stranger.output.contains("no agent 'ghost'"), "\(stranger.output)")
        let closed = try leadline(["callbacks", "close", "1"])
        #expect(closed.status == 0 && closed.output.contains("\tclosed\t"), "\(closed.output)")
        let sessions = try leadline(["callbacks", "close", "--campaign", "1"])
        #expect(sessions.output.contains("1 callbacks of campaign 1 closed"), "\(sessions.output)")
        #expect(try leadline(["callbacks", "list"]).output.isEmpty, "none open")
        #expect(try leadline(["callbacks", "list", "--state", "closed"]).output.split(separator: "\n").count == 2)
        #expect(try leadline(["callbacks", "list", "--state", "late"]).status != 0)
    }
}
