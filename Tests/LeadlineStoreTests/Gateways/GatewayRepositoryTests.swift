import Foundation
import LeadlineCore
import LeadlineStore
import Testing

@Suite struct GatewayRepositoryTests {
    static let input = GatewayInput(
        name: "Relay", kind: .smtp, settings: GatewaySettings(username: "u", from: "news@example.com", host: "127.0.0.1", port: 25, security: .none),
        password: "first")

    @Test(arguments: Engine.allCases)
    func secretsStayUnlessReplacedAndGatewaysStayInTheirTenant(engine: Engine) async throws {
        try await withStore(engine) { store in
            let tenant = try await store.tenants.create(name: "acme")
            let other = try await store.tenants.create(name: "other")
            let gateway = try await store.gateways.create(Self.input, tenantID: tenant.id)
            #expect(gateway.secrets.password == "first" && gateway.webhookSecret.count == 44)
            #expect(try await store.gateways.find(id: gateway.id, tenantID: other.id) == nil)
            await #expect(throws: DomainError.self) { try await store.gateways.delete(id: gateway.id, tenantID: other.id) }
            var renamed = Self.input
            renamed.name = "Main relay"
            renamed.password = nil
            let updated = try await store.gateways.update(id: gateway.id, tenantID: tenant.id, expectedVersion: 1, renamed)
            #expect(updated.name == "Main relay" && updated.secrets.password == "first" && updated.version == 2 && updated.webhookSecret == gateway.webhookSecret)
            await #expect(throws: DomainError.self) { try await store.gateways.update(id: gateway.id, tenantID: tenant.id, expectedVersion: 1, renamed) }
            var otherKind = renamed
            otherKind.kind = .http
            await #expect(throws: ValidationFailure.self) { try await store.gateways.update(id: gateway.id, tenantID: tenant.id, expectedVersion: nil, otherKind) }
            await #expect(throws: DomainError.self) { try await store.gateways.create(renamed, tenantID: tenant.id) }
            #expect(try await store.gateways.list(tenantID: tenant.id, page: PageRequest(limit: 10)).items.map(\.id) == [gateway.id])
            try await store.gateways.delete(id: gateway.id, tenantID: tenant.id)
            #expect(try await store.gateways.find(id: gateway.id) == nil)
        }
    }

    @Test(arguments: Engine.allCases)
    func aSignatureIsTakenOnce(engine: Engine) async throws {
        try await withStore(engine) { store in
            let tenant = try await store.tenants.create(name: "acme")
            let gateway = try await store.gateways.create(Self.input, tenantID: tenant.id)
            let now = Date()
            #expect(try await store.gateways.receive(signature: "abc", gatewayID: gateway.id, at: now))
            #expect(try await store.gateways.receive(signature: "abc", gatewayID: gateway.id, at: now) == false)
            #expect(try await store.gateways.receive(signature: "abd", gatewayID: gateway.id, at: now))
        }
    }

    @Test func aSignatureChecksOnlyForItsBodySecretAndTime() throws {
        let body = Array(#"{"reference":"1","status":"delivered"}"#.utf8)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let header = WebhookSignature.sign(body, secret: "s3cret", at: now)
        #expect(try WebhookSignature.verify(header, body: body, secret: "s3cret", now: now.addingTimeInterval(299)).count == 64)
        #expect(throws: WebhookSignature.Failure.wrong) { try WebhookSignature.verify(header, body: body + [32], secret: "s3cret", now: now) }
        #expect(throws: WebhookSignature.Failure.wrong) { try WebhookSignature.verify(header, body: body, secret: "other", now: now) }
        #expect(throws: WebhookSignature.Failure.stale) { try WebhookSignature.verify(header, body: body, secret: "s3cret", now: now.addingTimeInterval(301)) }
        #expect(throws: WebhookSignature.Failure.missing) { try WebhookSignature.verify(nil, body: body, secret: "s3cret", now: now) }
        #expect(throws: WebhookSignature.Failure.malformed) { try WebhookSignature.verify("v1=abc", body: body, secret: "s3cret", now: now) }
        #expect(WebhookSignature.checkToken(WebhookSignature.token(for: "delivery:1", secret: "k"), for: "delivery:1", secret: "k"))
        #expect(!WebhookSignature.checkToken(WebhookSignature.token(for: "delivery:1", secret: "k"), for: "delivery:2", secret: "k"))
    }
}
