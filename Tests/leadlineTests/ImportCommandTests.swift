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
        #expect(imported.output.contains("fields added to the list: favourite_colour (text)"), "\(imported.output)")
        #expect(imported.output.contains("read 3, inserted 2, updated 0, unchanged 0, deleted 0, rejected 1, duplicates 0, repeats folded 0"))
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

    @Test func importWorksOnANewDatabaseAndRuntimeErrorsExitOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-cli-new-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func leadline(_ arguments: [String], database: String = "store.sqlite") throws -> (status: Int32, output: String) {
            try Subprocess.run([CommandLineTests.binary.path] + arguments + ["--db", "\(folder)/\(database)", "--data-dir", "\(folder)/data"])
        }
        try "account_id,first_name,phone1\nA1,Ann,(415) 555-0100\n".write(toFile: "\(folder)/leads.csv", atomically: true, encoding: .utf8)

        let missingFile = try leadline(["import", "\(folder)/nothing.csv", "--list", "Spring", "--create"], database: "untouched.sqlite")
        #expect(missingFile.status == 1 && missingFile.output.contains("cannot read"), "\(missingFile.output)")
        #expect(!missingFile.output.contains("USAGE"), "a runtime error is no usage error")

        let unknownList = try leadline(["import", "\(folder)/leads.csv", "--list", "Spring"])
        #expect(unknownList.status == 1 && unknownList.output.contains("add --create") && !unknownList.output.contains("USAGE"))
        #expect(unknownList.output.contains("Created a system administrator token in tenant 'default'"), "a new store is made as serve makes it")

        let created = try leadline(["import", "\(folder)/leads.csv", "--list", "Spring", "--create"], database: "fresh.sqlite")
        #expect(created.status == 0 && created.output.contains("inserted 1"), "national numbers read in the new tenant's region: \(created.output)")
        let listed = try Subprocess.run([CommandLineTests.binary.path, "tenant", "list", "--db", "\(folder)/fresh.sqlite"])
        #expect(listed.output.hasPrefix("1\tdefault\t"))

        let typo = try leadline(["import", "\(folder)/leads.csv", "--list", "Spring", "--merge", "smash"])
        #expect(typo.status == 64, "a command typed wrong keeps the usage status")
    }

    @Test func phoneReadsOneColumnOfARealCSV() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-phone-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "id,notes,Phone 1\n1,\"two\nlines, and a comma\",(415) 555-0100\n2,,+44 20 7946 0958\n".write(toFile: path, atomically: true, encoding: .utf8)
        let checked = try Subprocess.run([CommandLineTests.binary.path, "phone", "--region", "US", "--csv", path, "--column", "phone 1"])
        let lines = checked.output.split(separator: "\n")
        #expect(checked.status == 0 && lines.count == 2, "\(checked.output)")
        #expect(lines.first?.contains(#""e164":"+14155550100""#) == true && lines.last?.contains(#""e164":"+442079460958""#) == true)
        let byNumber = try Subprocess.run([CommandLineTests.binary.path, "phone", "--csv", path, "--column", "3"])
        #expect(byNumber.output.split(separator: "\n").count == 2)
        let unknown = try Subprocess.run([CommandLineTests.binary.path, "phone", "--csv", path, "--column", "Phone 9"])
        #expect(unknown.status == 1 && unknown.output.contains("'Phone 1'"), "\(unknown.output)")
    }
}
