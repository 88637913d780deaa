import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct OperationsTests {
    @Test func healthAndMetricsNeedNoToken() async throws {
        try await TestAPI.with { api in
            let health = try await api.call(.get, "/healthz", headers: [.authorization: ""])
            #expect(health.status == .ok && health.object?["status"] as? String == "ok")
            _ = try await api.call(.get, "/api/v1/lists")
            let metrics = try await api.call(.get, "/metrics", headers: [.authorization: ""])
            #expect(metrics.status == .ok)
            #expect(metrics.text.contains("leadline_http_requests_total{method=\"GET\",route=\"/api/v1/lists\",status=\"200\"} 1"))
            #expect(metrics.text.contains("leadline_http_request_duration_seconds"))
        }
    }

    @Test func theServerAnswersOverRealHTTP() async throws {
        try await TestAPI.with(mode: .live) { api in
            let created = try await api.call(.post, "/api/v1/lists", json: #"{"name":"Live"}"#)
            #expect(created.status == .created)
            #expect(try await api.call(.get, "/api/v1/lists").items.count == 1)
            #expect(try await api.call(.get, "/api/v1/lists", headers: [.authorization: "Bearer nope"]).status == .unauthorized)
        }
    }
}
