import Foundation
import Hummingbird
import LeadlineStore
import Prometheus

/// `/healthz` for load balancers and `/metrics` for Prometheus; neither needs a token.
struct OperationsController {
    let store: Store
    let metrics: PrometheusCollectorRegistry

    func register(on router: Router<AppRequestContext>) {
        router.get("healthz", use: health)
        router.get("metrics", use: emit)
    }

    /// Healthy when the database answers a query.
    @Sendable func health(_ request: Request, context: AppRequestContext) async throws -> Response {
        do {
            _ = try await store.database.read { try await $0.raw("SELECT 1 AS ok").all() }
            return try JSONResponse.make(["status": "ok", "engine": store.database.engine.rawValue])
        } catch {
            return try JSONResponse.make(["status": "unavailable", "engine": store.database.engine.rawValue], status: .serviceUnavailable)
        }
    }

    @Sendable func emit(_ request: Request, context: AppRequestContext) async throws -> Response {
        // The queue is read from the store, so every server sharing it reports the same queue.
        if let queue = try? await store.processes.queue(at: Date()) {
            metrics.makeGauge(descriptor: .init(namespace: "leadline", metricName: "processes", unitName: "pending", helpText: "Processes due and waiting for a runner")).set(Double(queue.pending))
            metrics.makeGauge(descriptor: .init(namespace: "leadline", metricName: "processes", unitName: "running", helpText: "Processes running on any server")).set(Double(queue.running))
            metrics.makeGauge(descriptor: .init(namespace: "leadline", subsystem: "process", metricName: "oldest_wait", unitName: "seconds", helpText: "How long the longest-waiting due process has waited")).set(queue.oldestWait ?? 0)
        }
        if let waiting = try? await store.jobs.awaitingReports() {
            metrics.makeGauge(descriptor: .init(namespace: "leadline", metricName: "messages_awaiting_report", helpText: "Messages handed to their gateways, waiting for a delivery report")).set(Double(waiting))
        }
        var buffer: [UInt8] = []
        metrics.emit(into: &buffer)
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
    }
}
