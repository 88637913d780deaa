import Foundation
import LeadlineTestSupport
import Testing

/// `leadline blacklist`, as an operator keeps the do-not-contact list from a shell.
@Suite struct BlacklistCommandTests {
    @Test func entriesAreAddedCheckedSearchedMovedAndRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-cli-blacklist-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func leadline(_ arguments: [String]) throws -> (status: Int32, output: String) {
            try Subprocess.run([CommandLineTests.binary.path] + arguments + ["--db", "\(folder)/store.sqlite"])
        }
        #expect(try leadline(["tenant", "create", "Acme"]).status == 0)
        let added = try leadline(["blacklist", "add", "(415) 555-0100", "--region", "US", "--medium", "voice", "--reason", "asked"])
        #expect(added.status == 0 && added.output.contains("added entry 1: +14155550100 voice"), "\(added.output)")
        #expect(try leadline(["blacklist", "add", "+1900*", "--name", "Premium"]).status == 0)
        let bad = try leadline(["blacklist", "add", "hello"])
        #expect(bad.status != 0 && bad.output.contains("uri 'hello' is no phone number"), "\(bad.output)")

        let listed = try leadline(["blacklist", "check", "+19005550100", "--medium", "sms"])
        #expect(listed.status == 1 && listed.output.contains("listed by entry 2 +1900* for voice, sms Premium"), "\(listed.output)")
        let free = try leadline(["blacklist", "check", "4155550100", "--region", "US", "--medium", "sms"])
        #expect(free.status == 0 && free.output.contains("+14155550100: not listed for sms"), "\(free.output)")
        #expect(try leadline(["blacklist", "search", "900"]).output.split(separator: "\n").count == 1)

        try "uri,reason\nann@example.com,asked\n@spam.example,\nnot an entry,\n".write(toFile: "\(folder)/dnc.csv", atomically: true, encoding: .utf8)
        let imported = try leadline(["blacklist", "import", "\(folder)/dnc.csv"])
        #expect(imported.status == 0 && imported.output.contains("read 3, added 2, replaced 0, rejected 1"), "\(imported.output)")
        #expect(imported.output.contains("line 4: uri: 'not an entry'"))
        let exported = try leadline(["blacklist", "export", "--out", "\(folder)/out.csv"])
        #expect(exported.output.contains("exported 4 entries"), "\(exported.output)")
        #expect(try leadline(["blacklist", "remove", "2"]).status == 0)
        #expect(try leadline(["blacklist", "check", "+19005550100"]).status == 0)
        #expect(try leadline(["blacklist", "remove", "2"]).status != 0)
    }
}
