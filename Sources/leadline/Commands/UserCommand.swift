import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Create, list and disable the people who sign in to the web admin.",
        subcommands: [Create.self, List.self, Disable.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a user; the password comes from LEADLINE_USER_PASSWORD, or one is made and printed once.",
            discussion: "Roles: admin (everything in its tenant), supervisor (lists, contacts, campaigns), agent (dialers).")

        @OptionGroup var store: StoreOptions
        @Option(help: "Tenant id (see `leadline tenant list`).") var tenant: Int64
        @Option(help: "The address the user signs in with.") var email: String
        @Option(help: "The user's name, as pages and history show it.") var name: String
        @Option(help: "admin, supervisor or agent.") var role: String
        @Flag(help: "Also let the user manage tenants.") var systemAdministrator = false

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                throw ValidationError("role must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            // Not an option: a password on the command line is readable by everyone through ps.
            let given = ProcessInfo.processInfo.environment["LEADLINE_USER_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            let password = given ?? Passwords.generate()
            try await store.withStore { store in
                let user = try await CommandErrors.explained {
                    try await UserAccounts.create(
                        NewUser(name: name, email: email, role: role, isSystemAdministrator: systemAdministrator, password: password),
                        tenantID: tenant, by: nil, store: store)
                }
                print("user \(user.id) \(user.email) in tenant \(user.tenantID) as \(user.role.rawValue)")
                if given == nil { print("password, shown only now: \(password)") }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a tenant's users.")

        @OptionGroup var store: StoreOptions
        @Option(help: "Tenant id.") var tenant: Int64

        func run() async throws {
            try await store.withStore { store in
                let users = try await store.users.list(tenantID: tenant)
                print(["id", "email", "name", "role", "state"].joined(separator: "\t"))
                for user in users {
                    let role = user.role.rawValue + (user.isSystemAdministrator ? "+system" : "")
                    print(["\(user.id)", user.email, user.name, role, user.disabledAt == nil ? "enabled" : "disabled"].joined(separator: "\t"))
                }
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a user by id; their sessions end at once.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The user's id.") var id: Int64
        @Flag(help: "Enable the user again instead.") var enable = false

        func run() async throws {
            try await store.withStore { store in
                let user = try await CommandErrors.explained { try await UserAccounts.setDisabled(!enable, id: id, by: nil, store: store) }
                print("user \(user.id) \(user.disabledAt == nil ? "enabled" : "disabled")")
            }
        }
    }
}
