import ArgumentParser
import Foundation

/// Where processes keep uploads, rejected rows and exports: the flag, then `LEADLINE_DATA_DIR`,
/// then `leadline-data` here.
struct DataDirectoryOption: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Directory for uploads, rejected rows and exports (env LEADLINE_DATA_DIR; default leadline-data).")
    var path: String?

    var directory: String {
        path ?? ProcessInfo.processInfo.environment["LEADLINE_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "leadline-data"
    }
}
