import Foundation
import LeadlineCore
import LeadlineStore

/// A fake dialer, standing in for the telephone network in tests and benchmarks: many concurrent
/// clients lease contacts of a campaign, wait as a call would, and post results drawn from an
/// outcome mix, through the same engine functions the API calls.
public struct DialerSimulator: Sendable {
    public var clients: Int
    public var batch: Int
    public var ttlSeconds: Int
    /// How long a "call" takes before its result is posted.
    public var callTime: Duration
    /// Completion codes and their weights.
    public var mix: [(code: String, weight: Int)]

    public init(clients: Int = 64, batch: Int = 10, ttlSeconds: Int = 120, callTime: Duration = .zero, mix: [(code: String, weight: Int)] = DialerSimulator.typicalMix) {
        self.clients = clients
        self.batch = batch
        self.ttlSeconds = ttlSeconds
        self.callTime = callTime
        self.mix = mix
    }

    /// Three in ten answered, the rest worth a retry later.
    public static let typicalMix: [(code: String, weight: Int)] = [("answered", 3), ("no_answer", 4), ("busy", 2), ("answering_machine", 1)]

    public struct Report: Sendable {
        /// Leases answered with a result.
        public var pairs: Int
        public var seconds: Double
        /// Milliseconds per lease call, sorted.
        public var leaseLatencies: [Double]
        public var resultLatencies: [Double]
        public var codes: [String: Int]

        public var pairsPerSecond: Double { seconds > 0 ? Double(pairs) / seconds : 0 }

        public static func percentile(_ sorted: [Double], _ p: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
    }

    /// Runs until no lease is left to take or `limit` seconds pass.
    public func run(campaignID: Int64, tenantID: Int64, store: Store, limit: Duration = .seconds(3600)) async throws -> Report {
        let start = ContinuousClock.now
        let deadline = start + limit
        let total = mix.reduce(0) { $0 + $1.weight }
        let partial = try await withThrowingTaskGroup(of: Report.self) { group in
            for client in 0..<clients {
                group.addTask {
                    var report = Report(pairs: 0, seconds: 0, leaseLatencies: [], resultLatencies: [], codes: [:])
                    var draw = UInt64(client + 1) &* 0x9E37_79B9_7F4A_7C15
                    while ContinuousClock.now < deadline {
                        let leaseStart = ContinuousClock.now
                        let leases = try await Dispatch.lease(
                            campaignID: campaignID, tenantID: tenantID, count: batch, ttlSeconds: ttlSeconds, agent: "sim\(client)", actor: "simulator", store: store)
                        report.leaseLatencies.append((ContinuousClock.now - leaseStart).milliseconds)
                        if leases.isEmpty { break }
                        if callTime > .zero { try await Task.sleep(for: callTime) }
                        // A dialer's lines end their calls independently: the results go in together.
                        var codes: [(Int64, String)] = []
                        for lease in leases {
                            draw = draw &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                            var pick = Int((draw >> 33) % UInt64(total))
                            codes.append((lease.attempt.id, mix.first { pick -= $0.weight; return pick < 0 }!.code))
                        }
                        let latencies = try await withThrowingTaskGroup(of: Double.self) { lines in
                            for (attempt, code) in codes {
                                lines.addTask {
                                    let resultStart = ContinuousClock.now
                                    _ = try await Dispatch.postResult(
                                        attemptID: attempt, code: code, callbackAt: nil, fields: nil, notes: nil, tenantID: tenantID, actor: "simulator", store: store)
                                    return (ContinuousClock.now - resultStart).milliseconds
                                }
                            }
                            return try await lines.reduce(into: []) { $0.append($1) }
                        }
                        report.resultLatencies += latencies
                        report.pairs += codes.count
                        for (_, code) in codes { report.codes[code, default: 0] += 1 }
                    }
                    return report
                }
            }
            return try await group.reduce(into: Report(pairs: 0, seconds: 0, leaseLatencies: [], resultLatencies: [], codes: [:])) { sum, part in
                sum.pairs += part.pairs
                sum.leaseLatencies += part.leaseLatencies
                sum.resultLatencies += part.resultLatencies
                for (code, count) in part.codes { sum.codes[code, default: 0] += count }
            }
        }
        var report = partial
        report.seconds = (ContinuousClock.now - start).seconds
        report.leaseLatencies.sort()
        report.resultLatencies.sort()
        return report
    }
}

extension Duration {
    var milliseconds: Double { seconds * 1000 }
}
