import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import Logging

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV file into a list, with the same rules and checks as the API.",
        discussion: """
            Rejected rows go to a file beside the data directory's results, named in the summary; fix them and \
            import that file again. With --create a missing list is made and, as with --create-fields, the columns \
            that name no part of it become fields typed from their cells (integer, decimal, boolean, date, datetime, \
            email, phone, choice or text): phone1..phone10, email, first_name, last_name, account_id, time_zone and \
            state fill the built-in parts. A new store gets its default tenant and administrator token, as serve makes them.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var target: ListTarget
    @OptionGroup var data: DataDirectoryOption
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Create the list when it does not exist.") var create = false
    @Flag(help: "Add the file's columns that fill nothing of the list as fields, typed from their cells.") var createFields = false
    @Option(help: "With --create: the locale the file writes numbers in (en, de, fr-CA…).") var locale: String?
    @Option(help: "With --create: the order of numeric dates, mdy, dmy or ymd (default: the region's usual order).") var dateOrder: String?
    @Option(help: "What an empty cell does to a contact the file updates: keep its value, or clear it.")
    var emptyCells: String = ImportRules.EmptyCells.keep.rawValue
    @Option(help: "auto (columns by name) or the name of a saved mapping template.") var map: String = "auto"
    @Option(name: .customLong("merge"), help: "Rule for contacts in both: do_nothing, activate, activate_with_phones, inactivate, delete, append, replace, update_fields.")
    var mergeRule: String = ImportRules().mergeRule.rawValue
    @Option(name: .customLong("update"), help: "Rule for contacts only in the list: do_nothing, activate, activate_with_phones, inactivate, delete.")
    var updateRule: String = ImportRules().updateRule.rawValue
    @Option(name: .customLong("import"), help: "Rule for contacts only in the file: do_nothing, append.")
    var importRule: String = ImportRules().importRule.rawValue
    @Option(help: "Separator: , ; : | tab or space (detected when absent).") var sep: String?
    @Option(help: "Region for numbers without a country code, when --create makes the list (ISO code, such as US).") var region: String?
    @Flag(help: "Keep the first of several rows with one key instead of the last.") var firstWins = false
    @Flag(help: "Delete the list's contacts (except those in progress) first.") var emptyFirst = false
    @Flag(help: "Once imported, the running jobs of the campaigns the list serves select their contacts again (churn).") var churnJobs = false
    @Option(help: "The campaign, by id, a callback_at column schedules callbacks in (default: the one campaign the list serves).")
    var callbackCampaign: Int64?
    @Option(help: "Numbers and addresses on the do-not-contact list: ignore, block (numbers stored blocked) or reject (the row).")
    var blacklist: String = ImportRules.BlacklistRule.ignore.rawValue

    func run() async throws {
        let rules = ImportRules(
            importRule: try Self.rule(importRule, "--import"), updateRule: try Self.rule(updateRule, "--update"),
            mergeRule: try Self.rule(mergeRule, "--merge"), duplicates: firstWins ? .first : .last, emptyListFirst: emptyFirst,
            blacklist: try Self.rule(blacklist, "--blacklist"), emptyCells: try Self.rule(emptyCells, "--empty-cells"))
        guard FileManager.default.isReadableFile(atPath: file) else { throw CommandFailure("cannot read \(file)") }
        let files = try ProcessFiles(directory: data.directory)
        try await store.withStore { store in
            try await CommandErrors.explained {
                let tenant = try await target.tenant(in: store)
                let (list, made) = try await existingOrCreated(tenantID: tenant.id, store: store)
                // A list --create makes takes its fields from the file; an existing one only when asked.
                let settings = ImportSettings(separator: sep, template: map == "auto" ? nil : map, createFields: made || createFields, churnJobs: churnJobs,
                    callbackCampaignId: callbackCampaign, rules: rules)
                let process = try await store.processes.create(NewProcess(
                    tenantID: tenant.id, listID: list.id, actor: "cli", scheduledAt: Date(), fileName: (file as NSString).lastPathComponent,
                    inputPath: (file as NSString).standardizingPath, settings: .import(settings)))
                let runner = ProcessRunner(store: store, files: files, logger: Logger(label: "leadline.import"))
                let start = ContinuousClock.now
                await ProgressLine().follow(processID: process.id, tenantID: tenant.id, store: store, while: Task { try? await runner.run(processID: process.id) })
                let seconds = (ContinuousClock.now - start).seconds
                guard let ended = try await store.processes.find(id: process.id, tenantID: tenant.id) else { return }
                let counts = ended.counts
                print("""
                    import \(ended.id) into list \(list.id) '\(list.settings.name)': \(ended.state.rawValue) in \(String(format: "%.1f", seconds)) s
                      read \(counts.read), inserted \(counts.inserted), updated \(counts.updated), unchanged \(counts.unchanged), \
                    deleted \(counts.deleted), rejected \(counts.rejected), duplicates \(counts.duplicates), repeats folded \(counts.folded)
                      \(ended.details)
                    """)
                if ended.hasResultFile, let path = try await store.processes.resultPath(id: ended.id, tenantID: tenant.id) {
                    print("  rejected rows: \(path)")
                }
                if ended.state != .finished { throw ExitCode(1) }
            }
        }
    }

    private func existingOrCreated(tenantID: Int64, store: Store) async throws -> (ContactList, created: Bool) {
        if let list = try await target.find(tenantID: tenantID, in: store) { return (list, false) }
        guard create else { throw CommandFailure("no list is named or numbered '\(target.list)'; add --create to make it") }
        let input = ListInput(name: target.list, defaultRegion: region?.uppercased(), locale: locale, dateOrder: dateOrder)
        let list = try await store.lists.create(try ListRules.create(input, schema: [], ownTenant: tenantID), tenantID: tenantID)
        print("created list \(list.id) '\(list.settings.name)'")
        return (list, true)
    }

    private static func rule<Rule: RawRepresentable & CaseIterable>(_ text: String, _ option: String) throws -> Rule where Rule.RawValue == String {
        guard let rule = Rule(rawValue: text) else {
            throw ValidationError("\(option) must be one of \(Rule.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return rule
    }
}
