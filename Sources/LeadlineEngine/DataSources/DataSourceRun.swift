import Foundation
import LeadlineCore
import LeadlineStore
import Logging

/// One run of a data source: an import process per file it names (or one for its query's
/// rows), due now, each with its own counts.
public struct DataSourceRun: Sendable {
    let store: Store
    let files: ProcessFiles
    let external: any ExternalQueryClient
    /// The largest file a data source imports (`LEADLINE_SOURCE_LIMIT`, default 1 GB).
    let sizeLimit: Int

    public static let defaultSizeLimit = 1_000_000_000

    public init(store: Store, files: ProcessFiles, external: any ExternalQueryClient = PostgresQueryClient(), sizeLimit: Int = defaultSizeLimit) {
        self.store = store
        self.files = files
        self.external = external
        self.sizeLimit = sizeLimit
    }

    /// Creates the run's processes; the runner then runs them.
    @discardableResult
    public func start(_ source: DataSource, at now: Date) async throws -> [ListProcess] {
        let actor = "data source \(source.id) '\(source.name)'"
        guard case .import(let settings) = source.settings else {
            return [try await store.processes.create(NewProcess(
                tenantID: source.tenantID, listID: source.listID, actor: actor, scheduledAt: now, fileName: nil, inputPath: nil,
                settings: source.settings))]
        }
        var processes: [ListProcess] = []
        func process(_ path: String, name: String) async throws -> ListProcess {
            try await store.processes.create(NewProcess(
                tenantID: source.tenantID, listID: source.listID, actor: actor, scheduledAt: now,
                fileName: name, inputPath: path, settings: .import(settings)))
        }
        switch source.location {
        case .query(let url, let sql):
            let path = files.newUploadPath()
            let started = try await process(path, name: "query of data source \(source.id)")
            do {
                _ = try await external.export(url: url, sql: sql, to: path)
                processes.append(started)
            } catch {
                files.remove(path)
                try await fail(started, "the query failed: \(error)")
            }
        case .file, .directory:
            for path in Self.paths(of: source.location) {
                let started = try await process(path, name: (path as NSString).lastPathComponent)
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                if size > sizeLimit {
                    try await fail(started, "the file is \(size / 1_000_000) MB, over the data-source limit of \(sizeLimit / 1_000_000) MB (LEADLINE_SOURCE_LIMIT)")
                } else {
                    processes.append(started)
                }
            }
        }
        return processes
    }

    private func fail(_ process: ListProcess, _ details: String) async throws {
        try await store.processes.finish(id: process.id, state: .failed, details: details, counts: nil, resultPath: nil)
    }

    /// The files a file or directory location names now, in import order.
    static func paths(of location: DataSourceLocation) -> [String] {
        let (directory, pattern): (String, String)
        switch location {
        case .file(let path):
            let name = (path as NSString).lastPathComponent
            guard name.contains("*") || name.contains("?") else { return FileManager.default.fileExists(atPath: path) ? [path] : [] }
            (directory, pattern) = ((path as NSString).deletingLastPathComponent, name)
        case .directory(let path, let filePattern):
            (directory, pattern) = (path, filePattern)
        case .query:
            return []
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return FilePattern.pick(names, pattern: pattern).map { "\(directory)/\($0)" }
    }
}
