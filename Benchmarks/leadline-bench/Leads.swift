import ArgumentParser
import Foundation
import LeadlineTestSupport

/// Writes a generated lead file, for trying imports by hand and for the import benchmark.
struct Leads: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a realistic generated lead file (CSV).")

    @Option(help: "Data rows to write.") var rows: Int = 1_000_000
    @Option(help: "Share of rows that repeat an earlier account id.") var duplicates: Double = 0.02
    @Option(help: "Share of rows with a fault (bad number, email, cell count, decimal or choice).") var dirty: Double = 0.01
    @Option(help: "Seed; the same seed writes the same file.") var seed: UInt64 = 7
    @Argument(help: "Where to write the file.") var path: String

    func run() throws {
        var file = LeadFile(seed: seed, duplicateShare: duplicates, dirtyShare: dirty)
        let summary = try file.write(rows: rows, to: path)
        print("\(path): \(summary.rows) rows, \(summary.duplicates) repeating an account id, \(summary.dirty) dirty, \(summary.bytes) bytes")
    }
}
