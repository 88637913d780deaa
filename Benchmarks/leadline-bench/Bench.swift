import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineStore
import LeadlineTestSupport

@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadline-bench",
        abstract: "Measure Leadline's speed where an issue names a figure.",
        subcommands: [Search.self, Phones.self, Leads.self, ImportBench.self, BulkBench.self, BlacklistBench.self, DispatchBench.self, MessagingBench.self],
        defaultSubcommand: Search.self)
}

struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search on a large list.",
        discussion: """
            Loads --contacts generated contacts into one list (a temporary SQLite file, or a throwaway PostgreSQL \
            started like the tests' unless --postgres names one), then times the first page (50 contacts) of partial \
            phone and partial name searches. Build with -c release for figures worth quoting.
            """)

    @Option(help: "sqlite, postgres or both.") var engine: String = "both"
    @Option(help: "How many contacts the list holds.") var contacts: Int = 1_000_000
    @Option(help: "Searches timed per kind.") var runs: Int = 50
    @Option(help: "An existing PostgreSQL to use (a new database is not created in it; it must be empty).") var postgres: String?

    func run() async throws {
        try await BenchList.eachStore(engine, postgres: postgres) { store, engine in
            try await SearchBenchmark(store: store, engine: engine, contacts: contacts, runs: runs).run()
        }
    }
}

extension Engine {
    /// The engines an `--engine` option names: sqlite, postgres or both.
    static func named(_ option: String) throws -> [Engine] {
        switch option {
        case "sqlite": [.sqlite]
        case "postgres": [.postgres]
        case "both": [.sqlite, .postgres]
        default: throw ValidationError("--engine must be sqlite, postgres or both")
        }
    }
}
