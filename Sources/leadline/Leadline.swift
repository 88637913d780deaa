import ArgumentParser

@main
struct Leadline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadline",
        abstract: "Contact lists and outbound campaigns for contact centers.",
        discussion: """
            Start with `leadline serve`: it creates leadline.sqlite in this folder, a default tenant and an \
            administrator token, printed once. Every command takes --db PATH (SQLite, the default) or \
            --postgres URL; the environment variables LEADLINE_DB and LEADLINE_POSTGRES_URL set them too.
            """,
        subcommands: [
            Serve.self, Migrate.self, ImportCommand.self, ExportCommand.self, TenantCommand.self, TokenCommand.self, UserCommand.self, PhoneCommand.self, BlacklistCommand.self,
            CampaignCommand.self, CallbacksCommand.self, GatewayCommand.self,
        ]
    )
}
