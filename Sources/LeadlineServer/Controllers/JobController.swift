import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import NIOCore

/// `/api/v1/jobs`: runs of campaigns, their live counters, stopping and churning them.
struct JobController {
    let store: Store
    let runner: ProcessRunner
    /// How often the event stream looks at the counters.
    let eventInterval: Duration

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
        group.get(":id", use: find)
        group.post(":id/stop", use: stop)
        group.post(":id/churn", use: churn)
        group.get(":id/events", use: events)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let campaign = try request.uri.queryParameters["campaign"].map { text -> Int64 in
            guard let id = Int64(text), id > 0 else { throw ValidationFailure(field: "campaign", reason: "must be a campaign id") }
            return id
        }
        let page = try await store.jobs.list(tenantID: principal.tenantID, campaignID: campaign, page: try request.pageRequest())
        return try JSONResponse.make(PageResource(page, JobResource.init))
    }

    @Sendable func find(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        return try JSONResponse.make(JobResource(try await existing(context, principal)))
    }

    @Sendable func stop(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let job = try await existing(context, principal)
        return try JSONResponse.make(JobResource(try await JobControl.stop(jobID: job.id, tenantID: principal.tenantID, actor: principal.actor, store: store)))
    }

    @Sendable func churn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageCampaigns)
        let job = try await existing(context, principal)
        let process = try await Churn.start(jobID: job.id, tenantID: principal.tenantID, actor: principal.actor, store: store, now: Date())
        runner.wake()
        return try JSONResponse.make(ProcessResource(process), status: .accepted)
    }

    /// Server-Sent Events: the job as it stands at once, then whenever its counters or state
    /// change, until it ends (a last `end` event) or an hour passes (the client reconnects).
    @Sendable func events(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .readCampaigns)
        let first = try await existing(context, principal)
        let (store, interval, tenant) = (store, eventInterval, principal.tenantID)
        let body = ResponseBody { writer in
            var last: Job?
            var current = first
            let deadline = ContinuousClock.now + .seconds(3600)
            var quiet = ContinuousClock.now
            while ContinuousClock.now < deadline {
                if current != last {
                    try await writer.write(try Self.event(current.state.hasEnded ? "end" : "job", current))
                    last = current
                    quiet = .now
                    if current.state.hasEnded { break }
                } else if ContinuousClock.now - quiet > .seconds(15) {
                    // A comment keeps proxies from closing a quiet stream.
                    try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                    quiet = .now
                }
                try await Task.sleep(for: interval)
                guard let next = try await store.jobs.find(id: first.id, tenantID: tenant) else { break }
                current = next
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
    }

    static func event(_ name: String, _ job: Job) throws -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = String(decoding: try encoder.encode(JobResource(job)), as: UTF8.self)
        return ByteBuffer(string: "event: \(name)\ndata: \(data)\n\n")
    }

    private func existing(_ context: AppRequestContext, _ principal: Principal) async throws -> Job {
        let id = try context.parameters.id("id", of: "job")
        guard let job = try await store.jobs.find(id: id, tenantID: principal.tenantID) else { throw DomainError.notFound("job \(id) does not exist") }
        return job
    }
}
