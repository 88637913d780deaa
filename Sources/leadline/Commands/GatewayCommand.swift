import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore

struct GatewayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gateway",
        abstract: "Add, list and remove the SMS and email gateways campaigns send through.",
        subcommands: [Create.self, List.self, Delete.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a gateway; its webhook secret (and for Kannel its sms-service get-url) is printed once.",
            discussion: """
                The password or API key is read from the environment variable LEADLINE_GATEWAY_SECRET, never from \
                the command line, where other users of the machine could read it.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Option(help: "The gateway's name.") var name: String
        @Option(help: "kannel, http or smtp.") var kind: String
        @Option(help: "The sender: a number or short code, or an email address.") var from: String
        @Option(help: "kannel: the sendsms URL; http: where messages are posted.") var url: String?
        @Option(help: "Kannel's sendsms user, or the SMTP user.") var username: String?
        @Option(help: "http: the header the API key goes in.") var apiKeyHeader: String?
        @Option(help: "http: the JSON body with {{to}}, {{from}}, {{text}} and {{reference}}.") var bodyTemplate: String?
        @Option(help: "smtp: the relay's host.") var host: String?
        @Option(help: "smtp: the relay's port.") var port: Int?
        @Option(help: "smtp: none, starttls or tls.") var security: String?
        @Option(help: "Where gateways reach Leadline, for the Kannel get-url (env LEADLINE_PUBLIC_URL).") var publicURL: String?

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    guard let kind = GatewayKind(rawValue: kind) else { throw CommandFailure("--kind must be kannel, http or smtp") }
                    let mailSecurity = try security.map { value in
                        guard let parsed = MailSecurity(rawValue: value) else { throw CommandFailure("--security must be none, starttls or tls") }
                        return parsed
                    }
                    let secret = ProcessInfo.processInfo.environment["LEADLINE_GATEWAY_SECRET"].flatMap { $0.isEmpty ? nil : $0 }
                    let settings = GatewaySettings(
                        url: url, username: username, from: from, bodyTemplate: bodyTemplate, apiKeyHeader: apiKeyHeader, host: host, port: port,
                        security: mailSecurity)
                    let input = GatewayInput(
                        name: name, kind: kind, settings: settings, password: kind == .http ? nil : secret, apiKey: kind == .http ? secret : nil)
                    let gateway = try await GatewaySetup.create(input, tenantID: tenant.id, store: store)
                    print("gateway \(gateway.id) '\(gateway.name)' (\(gateway.kind.rawValue)); its webhook secret, shown only now:")
                    print(gateway.webhookSecret)
                    let links = WebhookLinks(baseURL: publicURL ?? ProcessInfo.processInfo.environment["LEADLINE_PUBLIC_URL"] ?? "http://127.0.0.1:8080")
                    if kind == .kannel {
                        print("Kannel sms-service get-url:")
                        print(links.kannelInbound(gateway: gateway))
                    } else {
                        print("signed webhooks: \(links.signedDelivery(gatewayID: gateway.id)) and \(links.signedInbound(gatewayID: gateway.id))")
                    }
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List gateways: id, name, kind, sender, whether a secret is set.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    var cursor: Cursor?
                    repeat {
                        let page = try await store.gateways.list(tenantID: tenant.id, page: PageRequest(limit: PageRequest.maximumLimit, after: cursor))
                        for gateway in page.items {
                            let secret = gateway.secrets.password != nil || gateway.secrets.apiKey != nil ? "secret set" : "no secret"
                            print("\(gateway.id)\t\(gateway.name)\t\(gateway.kind.rawValue)\t\(gateway.settings.from)\t\(secret)")
                        }
                        cursor = page.nextCursor
                    } while cursor != nil
                }
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a gateway no campaign sends with.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Option(help: "The gateway's id.") var id: Int64

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    try await store.gateways.delete(id: id, tenantID: tenant.id)
                    print("gateway \(id) removed")
                }
            }
        }
    }
}
