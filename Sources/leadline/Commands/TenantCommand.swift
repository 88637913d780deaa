import ArgumentParser
import LeadlineCore
import LeadlineStore

struct TenantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenant",
        abstract: "Create and list tenants (organizations).",
        subcommands: [Create.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a tenant and print its id.",
            discussion: "Then give it an administrator: leadline token create --tenant ID --role admin --name NAME")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The tenant's name.") var name: String
        @Option(help: "Region for numbers without a country code in lists that name none (ISO code; empty for none).")
        var region: String = Tenant.newTenantRegion

        func run() async throws {
            try await store.withStore { store in
                let tenant = try await CommandErrors.explained { try await store.tenants.create(name: name, defaultRegion: region) }
                print("tenant \(tenant.id) \(tenant.name)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tenants: id, name, creation time.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await store.withStore { store in
                for tenant in try await store.tenants.all() {
                    print("\(tenant.id)\t\(tenant.name)\t\(Timestamp.format(tenant.createdAt))")
                }
            }
        }
    }
}
