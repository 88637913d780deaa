import Testing
@testable import LeadlineCore

@Suite struct RoleTests {
    @Test func rolesGrantWhatTheDesignSays() {
        #expect(Permission.allCases.allSatisfy(Role.admin.allows))
        #expect(!Role.supervisor.allows(.manageTokens) && !Role.supervisor.allows(.manageFields))
        #expect(Role.supervisor.allows(.manageLists) && Role.supervisor.allows(.manageContacts) && Role.supervisor.allows(.readFields))
        #expect(Permission.allCases.filter(Role.agent.allows) == [.dispatch])
    }

    @Test func onlySystemAdministratorsManageTenants() {
        let admin = Principal(holder: .token(1), name: "a", tenantID: 1, role: .admin, isSystemAdministrator: false)
        #expect(throws: DomainError.self) { try admin.requireSystemAdministrator() }
        var system = admin
        system.isSystemAdministrator = true
        #expect(throws: Never.self) { try system.requireSystemAdministrator() }
    }

    @Test func tenantNamesAreChecked() throws {
        #expect(try Tenant.validateName("  Acme  ") == "Acme")
        #expect(throws: ValidationFailure.self) { try Tenant.validateName(" ") }
        #expect(throws: ValidationFailure.self) { try Tenant.validateName("a\u{0}b") }
        #expect(throws: ValidationFailure.self) { try Tenant.validateName(String(repeating: "x", count: 101)) }
    }
}
