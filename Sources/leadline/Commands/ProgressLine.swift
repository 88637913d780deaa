import Foundation
import LeadlineCore
import LeadlineStore

/// A progress bar on a terminal's standard error while a process runs; nothing when piped.
struct ProgressLine {
    let enabled = isatty(STDERR_FILENO) == 1

    /// Redraws the bar from the process's stored progress until `task` ends.
    func follow(processID: Int64, tenantID: Int64, store: Store, while task: Task<Void, Never>) async {
        guard enabled else { return await task.value }
        let watcher = Task {
            while !Task.isCancelled {
                if let process = try? await store.processes.find(id: processID, tenantID: tenantID) {
                    draw(process)
                }
                try? await Task.sleep(for: .milliseconds(250))
            }
        }
        await task.value
        watcher.cancel()
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func draw(_ process: ListProcess) {
        let width = 30
        let filled = process.progress * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(process.progress)%  \(process.counts.read) rows".utf8))
    }
}
