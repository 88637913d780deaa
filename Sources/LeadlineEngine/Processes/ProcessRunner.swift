import Foundation
import LeadlineCore
import LeadlineStore
import Logging
import ServiceLifecycle

/// Runs due processes one after another: at start it marks processes a stopped server left
/// running as failed, then starts the data sources whose time has come and takes each pending
/// process when its time comes.
public struct ProcessRunner: Service {
    let store: Store
    let files: ProcessFiles
    let clock: @Sendable () -> Date
    let logger: Logger
    public let sources: DataSourceRun
    /// How long a running process may go without a sign of life before it counts as abandoned
    /// by a stopped server (`LEADLINE_PROCESS_SILENCE`).
    let silence: Duration
    private let wakeUps: AsyncStream<Void>
    private let wakeUp: AsyncStream<Void>.Continuation

    public init(
        store: Store, files: ProcessFiles, clock: @escaping @Sendable () -> Date = Date.init, logger: Logger,
        external: any ExternalQueryClient = PostgresQueryClient(), sourceSizeLimit: Int = DataSourceRun.defaultSizeLimit,
        silence: Duration = .seconds(60)
    ) {
        self.silence = silence
        self.store = store
        self.files = files
        self.clock = clock
        self.logger = logger
        sources = DataSourceRun(store: store, files: files, external: external, sizeLimit: sourceSizeLimit)
        (wakeUps, wakeUp) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks the runner to look for due processes now, as when one was just created.
    public func wake() {
        wakeUp.yield()
    }

    /// Runs until the server shuts down, looking for due processes when woken and every second.
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
        for await _ in wakeUps {
            if Task.isCancelled { break }
            // A server sharing the store may stop at any time; its processes are looked for now and then.
            if ContinuousClock.now - lastCheck > silence / 2 {
                await failAbandoned()
                lastCheck = .now
            }
            await runDue()
        }
    }

    private func failAbandoned() async {
        do {
            let failed = try await store.processes.failAbandoned(at: clock(), silence: silence)
            if failed > 0 { logger.warning("\(failed) processes were left running by a stopped server and are marked failed") }
        } catch {
            logger.error("could not look for abandoned processes: \(error)")
        }
    }

    /// Starts the data sources due now, then runs every process due now, one after another;
    /// what tests and the CLI call.
    public func runDue() async {
        await startDueSources()
        while !Task.isCancelled {
            let claimed: ClaimedProcess?
            do {
                claimed = try await store.processes.claimDue(at: clock())
            } catch {
                logger.error("could not look for due processes: \(error)")
                return
            }
            guard let claimed else { return }
            await run(claimed)
        }
    }

    /// Runs one process now, when it is still pending: what `leadline import` does with its own.
    public func run(processID: Int64) async throws {
        if let claimed = try await store.processes.claim(id: processID, at: clock()) { await run(claimed) }
    }

    private func run(_ claimed: ClaimedProcess) async {
        switch claimed.process.kind {
        case .import:
            await ImportJob.run(claimed, store: store, files: files, logger: logger)
            if let input = claimed.inputPath, files.isUpload(input) { files.remove(input) }
        case .export:
            await ExportJob.run(claimed, store: store, files: files, now: clock(), logger: logger)
        case .delete, .statusChange:
            await BulkJob.run(claimed, store: store, files: files, now: clock(), logger: logger)
        case .listOperation:
            await ListOperationJob.run(claimed, store: store, files: files, now: clock(), logger: logger)
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
}
