import Foundation
import Hummingbird
import Prometheus

/// Counts requests and times them by method, route and status, into the app's own registry
/// rather than a process-wide metrics system, so every app built (tests too) keeps its own.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let registry: PrometheusCollectorRegistry

    static var requests: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "leadline", subsystem: "http", metricName: "requests", unitName: "total", helpText: "HTTP requests answered")
    }

    static var duration: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "leadline", subsystem: "http", metricName: "request_duration", unitName: "seconds", helpText: "Time to answer a request")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let route = context.endpointPath ?? "unmatched"
        let labels = [("method", request.method.rawValue), ("route", route), ("status", String(response.status.code))]
        registry.makeCounter(descriptor: Self.requests, labels: labels).increment()
        let elapsed = ContinuousClock.now - start
        registry.makeDurationHistogram(
            descriptor: Self.duration, labels: [("method", request.method.rawValue), ("route", route)],
            buckets: [.milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(500), .seconds(2)]
        ).record(elapsed)
        return response
    }
}
