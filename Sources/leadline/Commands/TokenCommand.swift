import ArgumentParser
import LeadlineCore
import LeadlineStore

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create and revoke API tokens.",
        subcommands: [Create.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token and print its secret once.",
            discussion: "Roles: admin (everything in its tenant), supervisor (lists, contacts), agent (dialers).")

        @OptionGroup var store: StoreOptions
        @Option(help: "Tenant id (see `leadline tenant list`).") var tenant: Int64
        @Option(help: "admin, supervisor or agent.") var role: String
        @Option(help: "A name that says who holds the token.") var name: String
        @Flag(help: "Also let the token manage tenants.") var systemAdministrator = false

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                throw ValidationError("role must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            try await store.withStore { store in
                let (record, secret) = try await CommandErrors.explained {
                    try await store.tokens.create(
                        tenantID: tenant, name: name, role: role, isSystemAdministrator: systemAdministrator, secret: nil)
                }
                print("token \(record.id) for tenant \(record.tenantID) as \(record.role.rawValue); its secret, shown only now:")
                print(secret)
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by id; it stops working at once.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The token's id.") var id: Int64

        func run() async throws {
            try await store.withStore { store in
                let record = try await CommandErrors.explained { try await store.tokens.revoke(id: id, tenantID: nil) }
                print("token \(record.id) revoked")
            }
        }
    }
}
