import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a list as CSV to a file or standard output.",
        discussion: "Cells a spreadsheet would run as a formula are neutralized with a leading quote.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var target: ListTarget
    @Option(help: "The file to write (default: standard output).") var out: String?
    @Option(help: "Separator: , ; : | tab or space.") var sep: String = ","
    @Option(help: "utf8, utf8-bom (for spreadsheet programs) or utf16le.") var encoding: String = "utf8"
    @Option(help: "Comma-separated columns (id, status, external_id, first_name, phone1, a field name…); all when absent.")
    var fields: String?
    @Option(help: "Comma-separated statuses to export; all when absent.") var status: String?
    @Option(help: ArgumentHelp("Only contacts passing this filter, such as 'balance > 100 and created within 30d'.", valueName: "text"))
    var filter: String?
    @Flag(help: "Leave out the header row.") var noHeader = false

    func run() async throws {
        try await store.withStore { store in
            try await CommandErrors.explained {
                let tenant = try await target.tenant(in: store)
                guard let list = try await target.find(tenantID: tenant.id, in: store) else {
                    throw CommandFailure("no list is named or numbered '\(target.list)'")
                }
                let statuses = try status.map { try $0.split(separator: ",").map { try ContactStatus.parse(String($0)) } }
                let settings = ExportSettings(
                    separator: sep, header: !noHeader, encoding: encoding, fields: fields.map { $0.split(separator: ",").map(String.init) },
                    statuses: statuses, filter: try filter.map(FilterText.parse))
                let export = try ContactExport(listID: list.id, tenantID: tenant.id, settings: settings)
                // A bad filter is refused before the file is created.
                _ = try export.checkedFilter(of: list, now: Date())
                let handle = try OutputFile.open(out)
                let start = ContinuousClock.now
                let written = try await export.write(store: store, emit: { bytes in
                    try handle.write(contentsOf: bytes)
                    bytes.removeAll(keepingCapacity: true)
                })
                if let out {
                    try handle.close()
                    let seconds = (ContinuousClock.now - start).seconds
                    print("exported \(written) contacts of list \(list.id) '\(list.settings.name)' to \(out) in \(String(format: "%.1f", seconds)) s")
                }
            }
        }
    }
}
