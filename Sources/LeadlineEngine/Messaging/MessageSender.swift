import Foundation
import LeadlineCore
import LeadlineStore
import Logging
import ServiceLifecycle

/// Pushes the messages of running SMS and email campaigns that name a gateway: leases through
/// the gate like any dialer, each attempt marked handed in its lease's own transaction (so that
/// nothing is sent twice, even across a crash), sends at the strategy's rate, and records what the gateway
/// refused. Delivery reports and replies come back through `Inbound`; a handed message whose
/// report does not come within `reportWait` ends as `no_report`.
public struct MessageSender: Service {
    let store: Store
    let links: WebhookLinks
    let reportWait: TimeInterval
    let clients: @Sendable (Gateway) -> any MessageGateway
    let logger: Logger
    private let lanes = Lanes()

    public static let actor = "sender"
    /// Messages in flight to one gateway at once.
    static let inFlight = 128
    /// Messages leased in one round.
    static let maximumBatch = 500

    public init(
        store: Store, links: WebhookLinks, reportWait: TimeInterval = 86_400 - 60, logger: Logger,
        clients: @escaping @Sendable (Gateway) -> any MessageGateway = { MessageGateways.client(for: $0) }
    ) {
        self.store = store
        self.links = links
        self.reportWait = reportWait
        self.clients = clients
        self.logger = logger
    }

    /// What one run of a campaign's messages did.
    public struct Report: Sendable, Equatable {
        public var handed = 0
        public var refused = 0
        public var failed = 0
        public var empty = 0
        public var unreported = 0
        public var seconds = 0.0

        public var handedPerSecond: Double { seconds > 0 ? Double(handed) / seconds : 0 }
    }

    public func run() async {
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                while !Task.isCancelled {
                    do {
                        for job in try await store.jobs.all(in: [.running, .stopping]) where await lanes.claim(job.id) {
                            group.addTask {
                                defer { Task { await lanes.release(job.id) } }
                                do {
                                    let report = try await send(campaignID: job.campaignID, tenantID: job.tenantID)
                                    if report.handed > 0 {
                                        logger.info("campaign \(job.campaignID): \(report.handed) messages handed, \(Int(report.handedPerSecond))/s, \(report.refused + report.failed) failed")
                                    }
                                } catch {
                                    logger.warning("campaign \(job.campaignID) could not send: \(error)")
                                }
                            }
                        }
                    } catch {
                        logger.error("message sender: \(error)")
                    }
                    try? await Task.sleep(for: .seconds(1))
                }
            }
        }
    }

    /// Sends the campaign's messages that are due now, at its strategy's rate, until none is
    /// left to lease; ends the handed ones whose report is overdue. A voice campaign, or one
    /// without a gateway, has nothing to send here.
    public func send(campaignID: Int64, tenantID: Int64) async throws -> Report {
        var report = Report()
        guard let campaign = try await store.campaigns.find(id: campaignID, tenantID: tenantID), campaign.definition.channel != .voice,
            let gatewayID = campaign.definition.gatewayID, let gateway = try await store.gateways.find(id: gatewayID, tenantID: tenantID),
            let job = try await store.jobs.active(campaignID: campaignID, tenantID: tenantID), let plan = try await store.jobs.plan(jobID: job.id)
        else { return report }
        report.unreported = try await endUnreported(jobID: job.id, tenantID: tenantID)
        guard job.state == .running else { return report }
        let client = clients(gateway)
        let rate = plan.settings.messagesPerSecond ?? StrategySettings.defaultMessagesPerSecond
        let batch = min(Self.maximumBatch, max(1, Int(rate / 4)))
        let start = ContinuousClock.now
        // The next batch is leased while the last one goes out.
        var next = Task { try await leases(campaignID: campaignID, jobID: job.id, tenantID: tenantID, count: batch) }
        do {
            while true {
                let leases = try await next.value
                if leases.isEmpty { break }
                next = Task { try await self.leases(campaignID: campaignID, jobID: job.id, tenantID: tenantID, count: batch) }
                try await send(leases, gateway: gateway, client: client, rate: rate, start: start, report: &report, tenantID: tenantID)
            }
        } catch {
            // A batch leased ahead of a failure never went: it goes back to the job.
            for lease in (try? await next.value) ?? [] { _ = try? await Dispatch.release(attemptID: lease.attempt.id, tenantID: tenantID, store: store) }
            throw error
        }
        report.seconds = (ContinuousClock.now - start).seconds
        return report
    }

    /// Sends one batch and records what did not go.
    private func send(
        _ leases: [Dispatch.Lease], gateway: Gateway, client: any MessageGateway, rate: Double, start: ContinuousClock.Instant, report: inout Report,
        tenantID: Int64
    ) async throws {
        var messages: [OutboundMessage] = []
        for lease in leases {
            guard let message = message(for: lease, gateway: gateway) else {
                report.empty += 1
                try await record(lease.attempt.id, code: "rejected", notes: "the template rendered an empty message", tenantID: tenantID)
                continue
            }
            messages.append(message)
        }
        let outcomes = await send(messages, through: client, rate: rate, start: start, already: report.handed)
        report.handed += messages.count
        for (attemptID, outcome) in outcomes {
            guard let code = outcome.code else {
                // A relay that took a mail is all the report SMTP gives; a bounce may follow.
                if gateway.kind == .smtp { try await record(attemptID, code: "delivered", notes: "the relay took it", tenantID: tenantID) }
                continue
            }
            if code == "rejected" { report.refused += 1 } else { report.failed += 1 }
            try await record(attemptID, code: code, notes: outcome.reason ?? code, tenantID: tenantID)
        }
    }

    /// The next leases, handed; none once the job has ended, which its last results may do while it is sent.
    private func leases(campaignID: Int64, jobID: Int64, tenantID: Int64, count: Int) async throws -> [Dispatch.Lease] {
        // Checked first: a round over a job that ended would still select an infinite job's new contacts.
        guard try await store.jobs.activeJobState(campaignID: campaignID, tenantID: tenantID)??.state == .running else { return [] }
        return try await Dispatch.leaseToSend(campaignID: campaignID, jobID: jobID, tenantID: tenantID, count: count, reportWait: reportWait, store: store)
    }

    /// The message of a lease, or nil when its template renders to nothing.
    private func message(for lease: Dispatch.Lease, gateway: Gateway) -> OutboundMessage? {
        guard let text = lease.message, !text.trimmingWhitespace.isEmpty else { return nil }
        let id = lease.attempt.id
        return OutboundMessage(
            attemptID: id, to: lease.attempt.target.address, text: text, subject: lease.subject, html: lease.html,
            deliveryURL: gateway.kind == .kannel ? links.kannelDelivery(attemptID: id, gateway: gateway) : nil,
            unsubscribeURL: gateway.kind == .smtp ? links.unsubscribe(attemptID: id, gateway: gateway) : nil)
    }

    /// Sends each message at its place in the campaign's pace, `inFlight` at most at once.
    private func send(_ messages: [OutboundMessage], through client: any MessageGateway, rate: Double, start: ContinuousClock.Instant, already: Int) async
        -> [(Int64, SendOutcome)]
    {
        await withTaskGroup(of: (Int64, SendOutcome).self) { group in
            var outcomes: [(Int64, SendOutcome)] = []
            for (index, message) in messages.enumerated() {
                let due = start + .seconds(Double(already + index) / rate)
                if due > .now { try? await Task.sleep(until: due) }
                if index >= Self.inFlight, let done = await group.next() { outcomes.append(done) }
                group.addTask { (message.attemptID, await client.send(message)) }
            }
            for await done in group { outcomes.append(done) }
            return outcomes
        }
    }

    private func record(_ attemptID: Int64, code: String, notes: String?, tenantID: Int64) async throws {
        _ = try await Dispatch.postResult(
            attemptID: attemptID, code: code, callbackAt: nil, fields: nil, notes: notes.map { String($0.prefix(4000)) }, tenantID: tenantID,
            actor: Self.actor, store: store)
    }

    /// Handed messages whose report never came end as `no_report`: they went, so they are not sent again.
    private func endUnreported(jobID: Int64, tenantID: Int64) async throws -> Int {
        let overdue = try await store.jobs.dispatch(jobID: jobID, tenantID: tenantID) { session in try await session.unreported(limit: 1000) }
        for attemptID in overdue { try await record(attemptID, code: CompletionCode.noReport, notes: nil, tenantID: tenantID) }
        return overdue.count
    }

    /// The jobs being sent now, so that each has one lane.
    private actor Lanes {
        var running: Set<Int64> = []

        func claim(_ jobID: Int64) -> Bool { running.insert(jobID).inserted }
        func release(_ jobID: Int64) { running.remove(jobID) }
    }
}
