import Foundation
import LeadlineCore
import LeadlineStore
import Testing

@Suite struct BlacklistRepositoryTests {
    private func input(_ uri: String, _ medium: BlacklistMedium = .any, reason: String = "") throws -> BlacklistEntry.Input {
        BlacklistEntry.Input(name: "n", medium: medium, uri: try BlacklistURI.parse(uri), reason: reason)
    }

    @Test(arguments: Engine.allCases)
    func entriesAreAddedReplacedFoundAndRemovedWithinTheTenant(engine: Engine) async throws {
        try await withStore(engine) { store in
            let acme = try await store.tenants.create(name: "acme")
            let rival = try await store.tenants.create(name: "rival")
            let added = try await store.blacklist.add([
                try input("+14155550100", .voice), try input("+14155550100", .sms), try input("+1212*"), try input("ann@example.com"),
                try input("@spam.example"), try input("+1212*", reason: "twice in one file: the last wins"),
            ], tenantID: acme.id, actor: "ann")
            #expect(added == 5)
            #expect(try await store.blacklist.add([try input("+1212*", reason: "again")], tenantID: acme.id, actor: "ann") == 0)
            let prefix = try #require(try await store.blacklist.find(uri: .numberPrefix("+1212"), medium: .any, tenantID: acme.id))
            #expect(prefix.reason == "again" && prefix.createdBy == "ann")

            let page = try await store.blacklist.search("415", tenantID: acme.id, page: PageRequest())
            #expect(page.items.map(\.medium) == [.voice, .sms])
            #expect(try await store.blacklist.search(nil, tenantID: acme.id, page: PageRequest(limit: 2)).nextCursor != nil)
            #expect(try await store.blacklist.search(nil, tenantID: rival.id, page: PageRequest()).items.isEmpty)
            #expect(try await store.blacklist.search("100%", tenantID: acme.id, page: PageRequest()).items.isEmpty)

            let candidates = try await store.blacklist.candidates(
                numbers: ["+12125550100", "+14155550100"], emails: ["x@mail.spam.example"], tenantID: acme.id)
            #expect(Set(candidates.map(\.uri.description)) == ["+14155550100", "+1212*", "@spam.example"])
            #expect(try await store.blacklist.candidates(numbers: ["+12125550100"], emails: [], tenantID: rival.id).isEmpty)

            await #expect(throws: DomainError.notFound("blacklist entry \(prefix.id) does not exist")) {
                try await store.blacklist.remove(id: prefix.id, tenantID: rival.id)
            }
            try await store.blacklist.remove(id: prefix.id, tenantID: acme.id)
            #expect(try await store.blacklist.find(id: prefix.id, tenantID: acme.id) == nil)
        }
    }
}
