import Foundation
import LeadlineCore
import LeadlineStore
import Logging

/// Runs one export process into `[list id].export.[yyyyMMddHHmmss].csv` among the process files.
public enum ExportJob {
    public static func run(_ claimed: ClaimedProcess, store: Store, files: ProcessFiles, now: Date, logger: Logger) async {
        let process = claimed.process
        guard case .export(let settings) = process.settings else {
            try? await store.processes.finish(id: process.id, state: .failed, details: "the process is not an export", counts: nil, resultPath: nil)
            return
        }
        let path = settings.directory.map { "\($0)/\(ProcessFiles.exportName(listID: process.listID, at: now))" }
            ?? files.exportPath(listID: process.listID, at: now)
        do {
            let export = try ContactExport(listID: process.listID, tenantID: process.tenantID, settings: settings)
            let sink = try FileSink(path: path)
            var cancelled = false
            let written = try await export.write(store: store, emit: { bytes in
                try sink.write { $0.append(contentsOf: bytes) }
                bytes.removeAll(keepingCapacity: true)
            }, shouldStop: {
                cancelled = try await store.processes.checkIn(id: process.id, at: Date())
                return cancelled
            })
            try sink.close()
            var counts = ProcessCounts()
            counts.exported = written
            if cancelled {
                files.remove(path)
                try await store.processes.finish(id: process.id, state: .cancelled, details: "cancelled; the partial file was removed", counts: counts, resultPath: nil)
            } else {
                try await store.processes.finish(
                    id: process.id, state: .finished, details: "written as \((path as NSString).lastPathComponent)", counts: counts, resultPath: path)
            }
        } catch {
            files.remove(path)
            logger.error("export process \(process.id) failed: \(error)")
            try? await store.processes.finish(id: process.id, state: .failed, details: ImportJob.explain(error), counts: nil, resultPath: nil)
        }
    }
}
