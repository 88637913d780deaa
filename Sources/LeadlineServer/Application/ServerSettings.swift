import LeadlineCSV
import LeadlineEngine

/// How the HTTP server listens and what it accepts.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// The largest JSON body the API reads; larger ones answer 413.
    public var maxBodySize: Int
    /// The largest file an upload may send (`LEADLINE_UPLOAD_LIMIT`); larger ones answer 413.
    public var uploadLimit: Int
    /// The folders data sources may read (`LEADLINE_IMPORT_DIRS`); no path outside them is accepted.
    public var importRoots: [String]
    /// The most an uploaded compressed file may inflate per compressed byte (`LEADLINE_INFLATION_RATIO`).
    public var inflationRatio: Int
    /// The longest a connection may send nothing while its request's head or body arrives, or
    /// stay idle between requests, before it is closed (`LEADLINE_READ_TIMEOUT`).
    public var readTimeout: Duration
    /// The longest request target answered; longer ones get 414.
    public var maximumURILength: Int
    /// Where gateways and mail readers reach this server (`LEADLINE_PUBLIC_URL`): the base of
    /// delivery reports, inbound messages and unsubscribe links.
    public var publicURL: String?
    /// A PEM file of the authorities SMTP relays' certificates are checked against
    /// (`LEADLINE_SMTP_CA_FILE`); the system's when nil.
    public var smtpCertificateAuthorities: String?

    /// The public URL, or the address the server listens on.
    public var links: WebhookLinks { WebhookLinks(baseURL: publicURL ?? "http://\(host):\(port)") }

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8080
    public static let defaultMaxBodySize = 1 << 20
    /// 50 MB through the web, as contact-center tools allow; data sources read larger files from disk.
    public static let defaultUploadLimit = 50_000_000

    public init(
        host: String = defaultHost, port: Int = defaultPort, maxBodySize: Int = defaultMaxBodySize, uploadLimit: Int = defaultUploadLimit,
        importRoots: [String] = [], inflationRatio: Int = InflationLimit.defaultRatio, readTimeout: Duration = .seconds(15), maximumURILength: Int = 8192,
        publicURL: String? = nil, smtpCertificateAuthorities: String? = nil
    ) {
        self.publicURL = publicURL
        self.smtpCertificateAuthorities = smtpCertificateAuthorities
        self.readTimeout = readTimeout
        self.maximumURILength = maximumURILength
        self.inflationRatio = inflationRatio
        self.importRoots = importRoots
        self.host = host
        self.port = port
        self.maxBodySize = maxBodySize
        self.uploadLimit = uploadLimit
    }
}
