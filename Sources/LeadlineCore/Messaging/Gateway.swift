import Foundation

/// How Leadline reaches an SMS or email network: Kannel's `sendsms` interface, a hosted SMS
/// gateway's JSON API, or an SMTP relay.
public enum GatewayKind: String, Sendable, Codable, CaseIterable {
    case kannel, http, smtp

    public var channel: Channel { self == .smtp ? .email : .sms }
}

/// How an SMTP connection is protected.
public enum MailSecurity: String, Sendable, Codable, CaseIterable {
    /// Plain SMTP, for a relay on the same host or network only.
    case none
    /// Plain at first, upgraded by STARTTLS before anything is sent; refused if the relay cannot.
    case starttls
    /// TLS from the first byte (SMTPS, usually port 465).
    case tls
}

/// A gateway's settings that may be shown: each kind uses some of them.
public struct GatewaySettings: Sendable, Equatable, Codable {
    /// Kannel: the `sendsms` URL; http: the URL messages are posted to.
    public var url: String?
    /// Kannel's sendsms user; the SMTP user.
    public var username: String?
    /// The sender: a number or short code for SMS, an address for email.
    public var from: String
    /// http: the JSON body with `{{to}}`, `{{from}}`, `{{text}}` and `{{reference}}`.
    public var bodyTemplate: String?
    /// http: the header that carries the API key.
    public var apiKeyHeader: String?
    public var host: String?
    public var port: Int?
    public var security: MailSecurity?
    public var replyTo: String?
    /// How long one send may take before it counts as failed.
    public var timeoutSeconds: Int

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case url, username, from, bodyTemplate, apiKeyHeader, host, port, security, replyTo, timeoutSeconds
    }

    public init(
        url: String? = nil, username: String? = nil, from: String, bodyTemplate: String? = nil, apiKeyHeader: String? = nil, host: String? = nil,
        port: Int? = nil, security: MailSecurity? = nil, replyTo: String? = nil, timeoutSeconds: Int = 10
    ) {
        self.url = url
        self.username = username
        self.from = from
        self.bodyTemplate = bodyTemplate
        self.apiKeyHeader = apiKeyHeader
        self.host = host
        self.port = port
        self.security = security
        self.replyTo = replyTo
        self.timeoutSeconds = timeoutSeconds
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            url: try container.decodeIfPresent(String.self, forKey: .url), username: try container.decodeIfPresent(String.self, forKey: .username),
            from: try container.decodeIfPresent(String.self, forKey: .from) ?? "",
            bodyTemplate: try container.decodeIfPresent(String.self, forKey: .bodyTemplate),
            apiKeyHeader: try container.decodeIfPresent(String.self, forKey: .apiKeyHeader), host: try container.decodeIfPresent(String.self, forKey: .host),
            port: try container.decodeIfPresent(Int.self, forKey: .port), security: try container.decodeIfPresent(MailSecurity.self, forKey: .security),
            replyTo: try container.decodeIfPresent(String.self, forKey: .replyTo),
            timeoutSeconds: try container.decodeIfPresent(Int.self, forKey: .timeoutSeconds) ?? 10)
    }

    /// The JSON body a hosted gateway gets when none is given.
    public static let defaultBodyTemplate = #"{"to": "{{to}}", "from": "{{from}}", "text": "{{text}}", "reference": "{{reference}}"}"#

    /// Every rule the settings of `kind` break, under `settings.…`.
    public func check(kind: GatewayKind, issues: inout IssueCollector) {
        let field = "settings"
        func web(_ key: String, _ value: String?) {
            guard let value, let url = URL(string: value), ["http", "https"].contains(url.scheme?.lowercased()), url.host?.isEmpty == false else {
                issues.add("\(field).\(key)", "must be an http or https URL")
                return
            }
        }
        if from.isEmpty || from.count > 200 || from.containsControlCharacter { issues.add("\(field).from", "must be 1 to 200 characters on one line") }
        if !(1...120).contains(timeoutSeconds) { issues.add("\(field).timeoutSeconds", "must be 1 to 120") }
        if let username, username.count > 200 || username.containsControlCharacter { issues.add("\(field).username", "must be at most 200 characters on one line") }
        switch kind {
        case .kannel:
            web("url", url)
            if username == nil { issues.add("\(field).username", "Kannel's sendsms needs the user of its sendsms-user group") }
        case .http:
            web("url", url)
            if let header = apiKeyHeader, header.isEmpty || header.count > 100 || !header.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                issues.add("\(field).apiKeyHeader", "must be a header name of letters, digits and dashes")
            }
            let body = bodyTemplate ?? Self.defaultBodyTemplate
            if body.count > 10_000 { issues.add("\(field).bodyTemplate", "must be at most 10000 characters") }
            if !body.contains("{{text}}") || !body.contains("{{to}}") { issues.add("\(field).bodyTemplate", "must place {{to}} and {{text}}") }
            let sample = GatewayBody.render(body, to: "+15550100", from: from, text: "sample", reference: "1")
            if (try? JSONSerialization.jsonObject(with: Data(sample.utf8))) == nil { issues.add("\(field).bodyTemplate", "must be JSON once its placeholders are filled") }
        case .smtp:
            if let host, !host.isEmpty, host.count <= 253, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":") }) {
            } else {
                issues.add("\(field).host", "must be a host name or address")
            }
            if !(1...65_535).contains(port ?? 0) { issues.add("\(field).port", "must be 1 to 65535") }
            if security == nil { issues.add("\(field).security", "must be none, starttls or tls") }
            if EmailAddress.normalized(from) == nil { issues.add("\(field).from", "must be an email address") }
            if let replyTo, EmailAddress.normalized(replyTo) == nil { issues.add("\(field).replyTo", "must be an email address") }
        }
    }
}

/// Secrets a gateway keeps and never shows: the API reports only whether each is set.
public struct GatewaySecrets: Sendable, Equatable, Codable {
    public var password: String?
    public var apiKey: String?

    public init(password: String? = nil, apiKey: String? = nil) {
        self.password = password
        self.apiKey = apiKey
    }
}

/// A tenant's gateway as stored.
public struct Gateway: Sendable, Equatable {
    public var id: Int64
    public var tenantID: Int64
    public var name: String
    public var kind: GatewayKind
    public var settings: GatewaySettings
    public var secrets: GatewaySecrets
    /// The key inbound webhooks and the links Leadline hands out are signed with.
    public var webhookSecret: String
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: Int64, tenantID: Int64, name: String, kind: GatewayKind, settings: GatewaySettings, secrets: GatewaySecrets, webhookSecret: String,
        version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.kind = kind
        self.settings = settings
        self.secrets = secrets
        self.webhookSecret = webhookSecret
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A gateway as a person writes it; secrets left out keep what is stored.
public struct GatewayInput: ClosedInput, Sendable {
    public var name: String
    public var kind: GatewayKind
    public var settings: GatewaySettings
    public var password: String?
    public var apiKey: String?

    public enum CodingKeys: String, CodingKey, CaseIterable { case name, kind, settings, password, apiKey }

    public init(name: String, kind: GatewayKind, settings: GatewaySettings, password: String? = nil, apiKey: String? = nil) {
        self.name = name
        self.kind = kind
        self.settings = settings
        self.password = password
        self.apiKey = apiKey
    }

    public func validate() throws(ValidationFailure) {
        var issues = IssueCollector()
        if name.trimmingWhitespace.isEmpty || name.count > 100 || name.containsControlCharacter { issues.add("name", "must be 1 to 100 characters on one line") }
        settings.check(kind: kind, issues: &issues)
        for (key, secret) in [("password", password), ("apiKey", apiKey)] {
            if let secret, secret.isEmpty || secret.count > 1000 || secret.containsControlCharacter { issues.add(key, "must be 1 to 1000 characters on one line") }
        }
        if kind == .http && apiKey != nil && settings.apiKeyHeader == nil { issues.add("settings.apiKeyHeader", "names the header the apiKey goes in") }
        try issues.check()
    }
}

/// The JSON body of a hosted gateway's request: each placeholder filled as a JSON string's content.
public enum GatewayBody {
    public static func render(_ template: String, to: String, from: String, text: String, reference: String) -> String {
        var body = template
        for (name, value) in [("to", to), ("from", from), ("text", text), ("reference", reference)] {
            body = body.replacingOccurrences(of: "{{\(name)}}", with: escaped(value))
        }
        return body
    }

    static func escaped(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
