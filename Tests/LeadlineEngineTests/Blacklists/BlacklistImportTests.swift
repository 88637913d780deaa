import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import Testing

@Suite struct BlacklistImportTests {
    static let file = "account_id,first_name,phone1,phone2,email\nA1,Ann,4155550101,9005550100,ann@example.com\nA2,Bob,4155550102,,bob@spam.example\nA3,Cy,4155550103,,cy@example.com\n"

    private func listing(_ harness: ImportHarness) async throws {
        try await harness.store.blacklist.add([
            BlacklistEntry.Input(name: "Premium", uri: .numberPrefix("+1900"), reason: "premium rate"),
            BlacklistEntry.Input(medium: .email, uri: .emailDomain("spam.example")),
            BlacklistEntry.Input(uri: .number("+14155550103"), expiresAt: Date(timeIntervalSinceNow: -60)),
        ], tenantID: harness.tenant.id, actor: "t")
    }

    @Test(arguments: Engine.allCases)
    func blockMarksListedNumbers(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            try await listing(harness)
            let process = try await harness.importText(Self.file, ImportSettings(rules: ImportRules(blacklist: .block)))
            #expect(process.counts.inserted == 3 && process.counts.rejected == 0, "\(process.details)")
            let states = try await harness.contacts().map { $0.content.phones.map(\.state.rawValue).joined(separator: " ") }
            #expect(states == ["active blocked", "active", "active"], "an expired entry blocks nothing")
            // Merged contents are screened too: a number a merge adds is blocked as well.
            _ = try await harness.importText("account_id,phone1\nA3,9001112222\n", ImportSettings(rules: ImportRules(mergeRule: .append, blacklist: .block)))
            let merged = try #require(try await harness.contacts().last)
            #expect(merged.content.phones.map(\.state) == [.active, .blocked])
        }
    }

    @Test(arguments: Engine.allCases)
    func rejectExplainsEachRow(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            try await listing(harness)
            let process = try await harness.importText(Self.file, ImportSettings(rules: ImportRules(blacklist: .reject)))
            #expect(process.counts.read == 3 && process.counts.inserted == 1 && process.counts.rejected == 2, "\(process.details)")
            #expect(try await harness.contacts().map(\.content.externalID) == ["A3"])
            let rejects = try await harness.rejects(of: process)
            #expect(rejects.count == 3, "\(rejects)")
            #expect(rejects.contains { $0.joined(separator: ",").contains("phone2") && $0.joined(separator: ",").contains("'Premium' (+1900*)") })
            #expect(rejects.contains { $0.joined(separator: ",").contains("bob@spam.example is on the do-not-contact list") })
        }
    }
}
