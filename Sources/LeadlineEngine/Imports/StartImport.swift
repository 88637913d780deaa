import Foundation
import LeadlineCore
import LeadlineStore

/// Queues the import of a file already on disk: checks the settings against the list and the
/// file's head (a mapping that fills nothing is refused now, not by a failed process later),
/// makes the process and wakes the runner. Whatever fails, the file is removed and nothing is made.
public enum StartImport {
    public static func run(
        path: String, fileName: String, settings: ImportSettings, listID: Int64, scheduledAt: Date?,
        by principal: Principal, store: Store, files: ProcessFiles, runner: ProcessRunner
    ) async throws -> ListProcess {
        do {
            try principal.require(.manageContacts)
            let list = try await store.lists.writable(id: listID, tenantID: principal.tenantID)
            try settings.rules.check()
            try await ImportRequest.check(settings, into: list, tenantID: principal.tenantID, store: store)
            try await checkHead(path, settings, listID: listID, tenantID: principal.tenantID, store: store)
            let process = try await store.processes.create(NewProcess(
                tenantID: principal.tenantID, listID: listID, actor: principal.actor, scheduledAt: scheduledAt ?? Date(),
                fileName: fileName, inputPath: path, settings: .import(settings)))
            runner.wake()
            return process
        } catch {
            files.remove(path)
            throw error
        }
    }

    /// Opens the file as the process will, reading its header and a sample only.
    private static func checkHead(_ path: String, _ settings: ImportSettings, listID: Int64, tenantID: Int64, store: Store) async throws {
        do {
            _ = try await ImportFileReader.open(path: path, settings: settings, listID: listID, tenantID: tenantID, store: store)
        } catch let failure as ValidationFailure {
            throw failure
        } catch let domain as DomainError {
            throw domain
        } catch {
            // The file itself cannot be read (not text, empty, broken gzip): the uploaded body is at fault.
            throw ValidationFailure(field: "body", reason: ImportJob.explain(error))
        }
    }
}
