import ArgumentParser
import LeadlineStore

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring the database schema up to date.",
        discussion: "The server migrates on start as well; run this to upgrade ahead of a deployment.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await store.withStore { store in
            let version = try await Migrator(database: store.database).currentVersion()
            print("\(store.database.engine.rawValue) database at migration \(version)")
        }
    }
}
