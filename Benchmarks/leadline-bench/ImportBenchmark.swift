import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Logging

/// Imports a generated lead file into a new list and compares the rows per second with the
/// database's own bulk loader on the same file into a bare table; then exports the list.
struct ImportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import and export speed against sqlite3's .import and psql's \\copy.",
        discussion: """
            Writes --rows generated leads (three phone columns, a dozen custom fields, 2% repeated account ids, 1% dirty \
            rows with the same cell count, since COPY refuses ragged files) unless --file names one, then per engine: the \
            loader's time into a bare table of text columns, Leadline's import into a new list (normalization, validation, \
            dedup, keys, history, search index), peak memory, and an export of the list. Build with -c release.

            It also times the floor of Leadline's tables: the loader into a bare table, then plain SQL copying those rows \
            into a list with a key, a history event and the search index per contact, with no checks.
            """)

    @Option(help: "sqlite, postgres or both.") var engine: String = "both"
    @Option(help: "Rows of the generated file.") var rows: Int = 1_000_000
    @Option(help: "An existing lead file with the generated columns.") var file: String?

    func run() async throws {
        let engines = try Engine.named(engine)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-import-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let path = file ?? "\(scratch)/leads.csv"
        if file == nil {
            var generator = LeadFile(seed: 7, ragged: false)
            let summary = try generator.write(rows: rows, to: path)
            print("file: \(summary.rows) rows, \(summary.bytes / 1_000_000) MB")
        }
        let dataRows = try Self.countRows(path)
        for engine in engines {
            let loader = try await loaderSeconds(engine, path: path, scratch: scratch)
            let floor = try await SchemaFloor(engine: engine, path: path, scratch: scratch).seconds()
            let (seconds, process, exportSeconds, exported) = try await leadline(engine, path: path, scratch: scratch)
            let loaderRate = Double(dataRows) / loader
            let ourRate = Double(process.counts.read) / seconds
            let name = engine == .sqlite ? "sqlite3 .import" : "psql \\copy"
            print("\(engine): \(name) \(fmt(loader)) s (\(Int(loaderRate)) rows/s); Leadline \(fmt(seconds)) s (\(Int(ourRate)) rows/s, \(fmt(ourRate / loaderRate))x)")
            print("  floor: the loader, then plain SQL into Leadline's tables (no checks) \(fmt(floor.total)) s (\(Int(Double(dataRows) / floor.total)) rows/s; the copy alone \(fmt(floor.copy)) s)")
            print("  counts \(process.counts); state \(process.state.rawValue) \(process.details)")
            print("  export of \(exported) contacts: \(fmt(exportSeconds)) s; peak memory so far \(Self.peakMemoryMB()) MB")
        }
    }

    private func fmt(_ value: Double) -> String { String(format: "%.2f", value) }

    /// The loader's seconds to load `path` into a bare table of text columns.
    private func loaderSeconds(_ engine: Engine, path: String, scratch: String) async throws -> Double {
        let columns = LeadFile.header.map { "\($0) TEXT" }.joined(separator: ", ")
        switch engine {
        case .sqlite:
            let script = "\(scratch)/load.sql"
            try "CREATE TABLE bare (\(columns));\n.mode csv\n.import --skip 1 \(path) bare\n".write(toFile: script, atomically: true, encoding: .utf8)
            let database = "\(scratch)/bare.sqlite"
            let start = ContinuousClock.now
            let result = try Subprocess.run(["sqlite3", database], input: script)
            let seconds = (ContinuousClock.now - start).seconds
            guard result.status == 0 else { throw ValidationError("sqlite3 failed: \(result.output.prefix(500))") }
            TestStore.removeSQLite(database)
            return seconds
        case .postgres:
            let url = try await PostgresServer.shared.createDatabase()
            _ = try Subprocess.run(["psql", url, "-q", "-c", "CREATE TABLE bare (\(columns))"])
            let start = ContinuousClock.now
            let result = try Subprocess.run(["psql", url, "-q", "-c", "\\copy bare FROM '\(path)' WITH (FORMAT csv, HEADER true)"])
            let seconds = (ContinuousClock.now - start).seconds
            guard result.status == 0 else { throw ValidationError("psql failed: \(result.output.prefix(500))") }
            return seconds
        }
    }

    /// Leadline's import of `path` into a new list, and an export of that list.
    private func leadline(_ engine: Engine, path: String, scratch: String) async throws -> (Double, ListProcess, Double, Int) {
        let location: DatabaseLocation = engine == .sqlite
            ? .sqlite(path: "\(scratch)/leadline.sqlite")
            : .postgres(url: try await PostgresServer.shared.createDatabase())
        let database = try await Database.open(location)
        defer { if case .sqlite(let file) = location { TestStore.removeSQLite(file) } }
        do {
            let store = Store(database: database)
            let tenant = try await store.tenants.create(name: "bench")
            for field in LeadFile.customFields {
                _ = try await store.fields.create(
                    FieldDefinition(name: field.name, type: FieldType(rawValue: field.type)!, validValues: field.validValues), tenantID: tenant.id)
            }
            let list = try await store.lists.create(ListSettings(name: "Leads", defaultRegion: "US"), tenantID: tenant.id)
            let files = try ProcessFiles(directory: "\(scratch)/files-\(engine)")
            let runner = ProcessRunner(store: store, files: files, logger: Logger(label: "bench"))
            let created = try await store.processes.create(NewProcess(
                tenantID: tenant.id, listID: list.id, actor: "bench", scheduledAt: Date(), fileName: "leads.csv", inputPath: path,
                settings: .import(ImportSettings())))
            let start = ContinuousClock.now
            await runner.runDue()
            let seconds = (ContinuousClock.now - start).seconds
            let process = try await store.processes.find(id: created.id, tenantID: tenant.id)!
            let export = try ContactExport(listID: list.id, tenantID: tenant.id, settings: ExportSettings())
            let sink = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/null"))
            let exportStart = ContinuousClock.now
            let exported = try await export.write(store: store, emit: { bytes in
                try sink.write(contentsOf: bytes)
                bytes.removeAll(keepingCapacity: true)
            })
            let exportSeconds = (ContinuousClock.now - exportStart).seconds
            await database.close()
            return (seconds, process, exportSeconds, exported)
        } catch {
            await database.close()
            throw error
        }
    }

    static func countRows(_ path: String) throws -> Int {
        var reader = try LeadlineCSVRows(path: path)
        return try reader.count()
    }

    /// The process's peak resident memory (VmHWM), in megabytes.
    static func peakMemoryMB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
    }
}
