import Foundation
import LeadlineTestSupport
import Testing

/// `leadline import` and `leadline export`, as an operator moves a file in and out.
@Suite struct ImportCommandTests {
    @Test func importCreatesTheListFromTheHeaderThenExportsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-cli-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = "\(folder)/store.sqlite"
        func leadline(_ arguments: [String]) throws -> (status: Int32, output: String) {
            try Subprocess.run([CommandLineTests.binary.path] + arguments + ["--db", database])
        }
        try "account_id;first_name;phone1;Favourite Colour\nA1;Ann;(415) 555-0100;blue\nA2;Bob;555-12;red\nA3;Cy;+44 20 7946 0958;\n"
            .write(toFile: "\(folder)/leads.csv", atomically: true, encoding: .utf8)
        #expect(try leadline(["tenant", "create", "Acme"]).status == 0)

        let missing = try leadline(["import", "\(folder)/leads.csv", "--list", "Spring", "--data-dir", "\(folder)/data"])
        #expect(missing.status != 0 && missing.output.contains("add --create"))

        let imported = try leadline(["import", "\(folder)/leads.csv", "--list", "Spring", "--create", "--region", "US", "--data-dir", "\(folder)/data"])
        #expect(imported.status == 0, "\(imported.output)")
        #expect(imported.output.contains("with fields favourite_colour"))
        #expect(imported.output.contains("read 3, inserted 2, updated 0, unchanged 0, deleted 0, rejected 1, duplicates 0"))
        #expect(imported.output.contains("separator ';'") && imported.output.contains("rejected rows: "))

        let again = try leadline(["import", "\(folder)/leads.csv", "--list", "Spring", "--merge", "do_nothing", "--data-dir", "\(folder)/data"])
        #expect(again.output.contains("inserted 0, updated 0, unchanged 2"), "\(again.output)")
        let badRule = try leadline(["import", "\(folder)/leads.csv", "--list", "Spring", "--merge", "smash"])
        #expect(badRule.status != 0 && badRule.output.contains("--merge must be one of"))

        let exported = try leadline(["export", "--list", "Spring", "--fields", "external_id,phone1,favourite_colour"])
        #expect(exported.status == 0 && exported.output == "external_id,phone1,favourite_colour\r\nA1,+14155550100,blue\r\nA3,+442079460958,\r\n")
        let filtered = try leadline(["export", "--list", "Spring", "--fields", "external_id", "--filter", #"phone begins with "+44""#])
        #expect(filtered.status == 0 && filtered.output == "external_id\r\nA3\r\n", "\(filtered.output)")
        let refused = try leadline(["export", "--list", "Spring", "--out", "\(folder)/never.csv", "--filter", "favourite_colour > 3"])
        #expect(refused.status != 0 && refused.output.contains("favourite_colour: '>' compares numbers"), "\(refused.output)")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/never.csv"))
    }
}
