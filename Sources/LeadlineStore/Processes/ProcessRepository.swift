import Foundation
import LeadlineCore

/// Background processes: created by a request, claimed and run by the engine, watched and
/// cancelled by people.
public protocol ProcessRepository: Sendable {
    func create(_ process: NewProcess) async throws -> ListProcess
    func find(id: Int64, tenantID: Int64) async throws -> ListProcess?
    func list(tenantID: Int64, listID: Int64?, page: PageRequest) async throws -> Page<ListProcess>
    /// A pending process is cancelled at once; a running one is asked to stop at its next batch.
    func cancel(id: Int64, tenantID: Int64) async throws -> ListProcess
    /// The next pending process due at `now`, now running; nil when none is due. Tenants take
    /// turns: the next comes from the tenant with the fewest running, never one already running
    /// `perTenant`; within a tenant the oldest goes first.
    func claimDue(at now: Date, perTenant: Int) async throws -> ClaimedProcess?
    /// What waits and what runs, across every server sharing the store.
    func queue(at now: Date) async throws -> ProcessQueue
    /// A pending process's place among its tenant's pending processes (1 is next); nil when it is not pending.
    func queuePlace(of process: ListProcess) async throws -> Int?
    /// Forgets the inputs of ended processes and returns their paths, for their files to be removed.
    func releaseInputs() async throws -> [String]
    /// Forgets the result files of processes ended before `cutoff` and returns their paths.
    func expireResults(endedBefore cutoff: Date) async throws -> [String]
    /// One pending process, now running; nil when it is not pending (another server took it, say).
    func claim(id: Int64, at now: Date) async throws -> ClaimedProcess?
    /// A running process's sign of life between batches; true when someone asked it to stop.
    func checkIn(id: Int64, at now: Date) async throws -> Bool
    /// Ends a running process. `counts` replaces the stored counts when given.
    func finish(id: Int64, state: ProcessState, details: String, counts: ProcessCounts?, resultPath: String?) async throws
    /// Marks running processes silent for longer than `silence` as failed — their server stopped;
    /// their counts stay as committed. Several servers may share a store, so a live one's
    /// processes, which check in between batches, are left alone.
    func failAbandoned(at now: Date, silence: Duration) async throws -> [Int64]
    /// Names the file a process left, when it is found after the process ended without saying so
    /// (a server killed mid-import leaves its rejected rows on disk).
    func attachResult(id: Int64, path: String) async throws
    /// The server-side path of a process's result file (rejected rows, export), when it has one.
    func resultPath(id: Int64, tenantID: Int64) async throws -> String?
}

/// The queue of processes at one moment.
public struct ProcessQueue: Sendable, Equatable {
    /// Processes due and not yet started.
    public var pending: Int
    public var running: Int
    /// How long the process waiting longest has waited since it was due, in seconds.
    public var oldestWait: Double?

    public init(pending: Int, running: Int, oldestWait: Double?) {
        self.pending = pending
        self.running = running
        self.oldestWait = oldestWait
    }
}

/// A process as a request asks for it.
public struct NewProcess: Sendable {
    public var tenantID: Int64
    public var listID: Int64
    public var actor: String
    public var scheduledAt: Date
    public var fileName: String?
    /// Where the engine reads the input (an uploaded file), when there is one.
    public var inputPath: String?
    public var settings: ProcessSettings

    public init(tenantID: Int64, listID: Int64, actor: String, scheduledAt: Date, fileName: String?, inputPath: String?, settings: ProcessSettings) {
        self.tenantID = tenantID
        self.listID = listID
        self.actor = actor
        self.scheduledAt = scheduledAt
        self.fileName = fileName
        self.inputPath = inputPath
        self.settings = settings
    }
}

/// A process the engine has taken to run, with where its input lies.
public struct ClaimedProcess: Sendable {
    public var process: ListProcess
    public var inputPath: String?
}
