import Foundation
import LeadlineCore
import LeadlineStore
import Logging
import ServiceLifecycle

/// Runs due processes side by side: at start it marks processes a stopped server left running as
/// failed, then starts the data sources whose time has come and takes pending processes when
/// their time comes — up to `concurrency` at once, the next always from the tenant with the
/// fewest running, and at most `perTenant` of one tenant at once, so one tenant's long import
/// never holds another's work.
public struct ProcessRunner: Service {
    let store: Store
    let files: ProcessFiles
    let clock: @Sendable () -> Date
    let logger: Logger
    let settings: RunnerSettings
    public let sources: DataSourceRun
    private let slots: Slots
    private let wakeUps: AsyncStream<Void>
    private let wakeUp: AsyncStream<Void>.Continuation

    public init(
        store: Store, files: ProcessFiles, clock: @escaping @Sendable () -> Date = Date.init, logger: Logger,
        external: any ExternalQueryClient = PostgresQueryClient(), settings: RunnerSettings = RunnerSettings()
    ) {
        self.store = store
        self.files = files
        self.clock = clock
        self.logger = logger
        self.settings = settings
        sources = DataSourceRun(store: store, files: files, external: external, sizeLimit: settings.sourceSizeLimit)
        slots = Slots(settings.concurrency)
        (wakeUps, wakeUp) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks the runner to look for due processes now, as when one was just created.
    public func wake() {
        wakeUp.yield()
    }

    /// Runs until the server shuts down, looking for due processes when woken, when a process
    /// ends, and every second.
    public func run() async {
        await cancelWhenGracefulShutdown { await runUntilCancelled() }
    }

    private func runUntilCancelled() async {
        await failAbandoned()
        let ticks = Task { [wakeUp] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                wakeUp.yield()
            }
        }
        defer { ticks.cancel() }
        var lastCheck = ContinuousClock.now
        await withDiscardingTaskGroup { group in
            for await _ in wakeUps {
                if Task.isCancelled { break }
                // A server sharing the store may stop at any time; its processes are looked for now and then.
                if ContinuousClock.now - lastCheck > settings.silence / 2 {
                    await failAbandoned()
                    await removeReleasedInputs()
                    await removeExpiredResults()
                    lastCheck = .now
                }
                await startDueSources()
                while let claimed = await claimNext() {
                    group.addTask {
                        await run(claimed)
                        slots.release()
                        wake()
                    }
                }
            }
        }
    }

    /// Starts the data sources due now, then runs every process due now, side by side as the
    /// server does, and returns when none is left; what tests and the CLI call.
    public func runDue() async {
        await startDueSources()
        await withTaskGroup(of: Void.self) { group in
            var running = 0
            while !Task.isCancelled {
                if let claimed = await claimNext() {
                    running += 1
                    group.addTask {
                        await run(claimed)
                        slots.release()
                    }
                } else if running > 0 {
                    await group.next()
                    running -= 1
                } else {
                    return
                }
            }
        }
    }

    /// Runs one process now, when it is still pending: what `leadline import` does with its own.
    public func run(processID: Int64) async throws {
        if let claimed = try await store.processes.claim(id: processID, at: clock()) { await run(claimed) }
    }

    /// The next due process, now running in a slot of this server, or nil when no slot is free
    /// or nothing is due.
    private func claimNext() async -> ClaimedProcess? {
        guard slots.acquire() else { return nil }
        do {
            if let claimed = try await store.processes.claimDue(at: clock(), perTenant: settings.perTenant) { return claimed }
        } catch {
            logger.error("could not look for due processes: \(error)")
        }
        slots.release()
        return nil
    }

    private func run(_ claimed: ClaimedProcess) async {
        switch claimed.process.kind {
        case .import:
            await ImportJob.run(claimed, store: store, files: files, inflation: settings.inflation, logger: logger)
        case .export:
            await ExportJob.run(claimed, store: store, files: files, now: clock(), logger: logger)
        case .delete, .statusChange:
            await BulkJob.run(claimed, store: store, files: files, now: clock(), logger: logger)
        case .listOperation:
            await ListOperationJob.run(claimed, store: store, files: files, now: clock(), logger: logger)
        case .campaignExport:
            await CampaignExport.run(claimed, store: store, files: files, now: clock(), logger: logger)
        case .churn:
            await Churn.run(claimed, store: store, now: clock(), logger: logger)
        }
        await removeReleasedInputs()
    }

    /// Removes the uploads of ended processes, cancelled ones included: nothing reads them again.
    private func removeReleasedInputs() async {
        do {
            for path in try await store.processes.releaseInputs() where files.isUpload(path) { files.remove(path) }
        } catch {
            logger.error("could not release the inputs of ended processes: \(error)")
        }
    }

    private func failAbandoned() async {
        do {
            let failed = try await store.processes.failAbandoned(at: clock(), silence: settings.silence)
            if !failed.isEmpty { logger.warning("\(failed.count) processes were left running by a stopped server and are marked failed") }
            // A killed import's rejected rows reached its file before their counts committed: offer the file.
            for id in failed where FileManager.default.fileExists(atPath: files.rejectsPath(processID: id)) {
                try await store.processes.attachResult(id: id, path: files.rejectsPath(processID: id))
            }
        } catch {
            logger.error("could not look for abandoned processes: \(error)")
        }
    }

    private func startDueSources() async {
        let now = clock()
        do {
            for source in try await store.dataSources.due(at: now) {
                do {
                    try await sources.start(source, at: now)
                } catch {
                    logger.error("data source \(source.id) could not start: \(error)")
                }
                let next = (try? source.schedule.schedule())?.next(after: now)
                try await store.dataSources.recordRun(id: source.id, at: now, next: next)
            }
        } catch {
            logger.error("could not look for due data sources: \(error)")
        }
    }

    /// Removes the result files of processes that ended longer ago than results are kept.
    private func removeExpiredResults() async {
        do {
            let before = clock().addingTimeInterval(-settings.keepResults.seconds)
            for path in try await store.processes.expireResults(endedBefore: before) { files.remove(path) }
        } catch {
            logger.error("could not remove expired process results: \(error)")
        }
    }
}

/// The processes this server runs at once, counted so that no more start than it has room for.
private final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private var taken = 0

    init(_ limit: Int) {
        self.limit = limit
    }

    func acquire() -> Bool {
        lock.withLock {
            guard taken < limit else { return false }
            taken += 1
            return true
        }
    }

    func release() {
        lock.withLock { taken -= 1 }
    }
}
