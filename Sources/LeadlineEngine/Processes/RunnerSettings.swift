import Foundation
import LeadlineCSV

/// How the process runner shares the machine and what it lets a file cost, read once by the
/// command that starts it.
public struct RunnerSettings: Sendable, Equatable {
    /// Processes run at once by this server (`LEADLINE_PROCESS_CONCURRENCY`).
    public var concurrency: Int
    /// Processes of one tenant running at once across every server (`LEADLINE_PROCESS_PER_TENANT`),
    /// so that one tenant's long imports never hold another's work.
    public var perTenant: Int
    /// The largest file a data source imports, inflated or not (`LEADLINE_SOURCE_LIMIT`).
    public var sourceSizeLimit: Int
    /// The most a compressed file may inflate per compressed byte (`LEADLINE_INFLATION_RATIO`).
    public var inflationRatio: Int
    /// How long a running process may go without a sign of life before it counts as abandoned
    /// by a stopped server (`LEADLINE_PROCESS_SILENCE`).
    public var silence: Duration
    /// How long an ended process's result file (rejected rows, export, backup) is kept (`LEADLINE_RESULT_DAYS`).
    public var keepResults: Duration

    public static let defaultConcurrency = 2 * ProcessInfo.processInfo.activeProcessorCount

    public init(
        concurrency: Int = defaultConcurrency, perTenant: Int? = nil, sourceSizeLimit: Int = DataSourceRun.defaultSizeLimit,
        inflationRatio: Int = InflationLimit.defaultRatio, silence: Duration = .seconds(60), keepResults: Duration = .seconds(30 * 86_400)
    ) {
        self.concurrency = max(1, concurrency)
        self.perTenant = max(1, perTenant ?? max(1, concurrency / 2))
        self.sourceSizeLimit = sourceSizeLimit
        self.inflationRatio = inflationRatio
        self.silence = silence
        self.keepResults = keepResults
    }

    /// What an import's file may inflate to: never past the data-source limit, nor the ratio.
    public var inflation: InflationLimit { InflationLimit(maximumBytes: sourceSizeLimit, maximumRatio: inflationRatio) }
}
