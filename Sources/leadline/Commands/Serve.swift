import ArgumentParser
import Foundation
import Hummingbird
import LeadlineCSV
import LeadlineEngine
import LeadlineServer
import LeadlineStore
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the HTTP API.",
        discussion: """
            On first start the store gets a default tenant and an administrator token, printed once. \
            Set LEADLINE_ADMIN_TOKEN to choose that token instead. Stop with Ctrl-C or SIGTERM: \
            requests in flight finish first.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on (env LEADLINE_HOST).")
    var host: String?

    @Option(help: "Port to listen on (env LEADLINE_PORT).")
    var port: Int?

    @Option(help: "Largest JSON request body in bytes (env LEADLINE_MAX_BODY_SIZE).")
    var maxBodySize: Int?

    @Option(help: "Largest uploaded file in bytes (env LEADLINE_UPLOAD_LIMIT; default 50 MB).")
    var uploadLimit: Int?

    @Option(help: "Where gateways and mail readers reach this server, for reports, replies and unsubscribe links (env LEADLINE_PUBLIC_URL).")
    var publicURL: String?

    @OptionGroup var data: DataDirectoryOption

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = ServerSettings(
            host: host ?? environment["LEADLINE_HOST"] ?? ServerSettings.defaultHost,
            port: try port ?? environment["LEADLINE_PORT"].map(Self.number) ?? ServerSettings.defaultPort,
            maxBodySize: try maxBodySize ?? environment["LEADLINE_MAX_BODY_SIZE"].map(Self.number) ?? ServerSettings.defaultMaxBodySize,
            uploadLimit: try uploadLimit ?? environment["LEADLINE_UPLOAD_LIMIT"].map(Self.number) ?? ServerSettings.defaultUploadLimit,
            importRoots: (environment["LEADLINE_IMPORT_DIRS"] ?? "").split(separator: ":").map { ($0 as NSString).standardizingPath },
            inflationRatio: try environment["LEADLINE_INFLATION_RATIO"].map(Self.number) ?? InflationLimit.defaultRatio,
            readTimeout: .seconds(try environment["LEADLINE_READ_TIMEOUT"].map(Self.number) ?? 15),
            publicURL: publicURL ?? environment["LEADLINE_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 },
            smtpCertificateAuthorities: environment["LEADLINE_SMTP_CA_FILE"].flatMap { $0.isEmpty ? nil : $0 })
        let runnerSettings = RunnerSettings(
            concurrency: try environment["LEADLINE_PROCESS_CONCURRENCY"].map(Self.number) ?? RunnerSettings.defaultConcurrency,
            perTenant: try environment["LEADLINE_PROCESS_PER_TENANT"].map(Self.number),
            sourceSizeLimit: try environment["LEADLINE_SOURCE_LIMIT"].map(Self.number) ?? DataSourceRun.defaultSizeLimit,
            inflationRatio: settings.inflationRatio,
            silence: .seconds(try environment["LEADLINE_PROCESS_SILENCE"].map(Self.number) ?? 60),
            keepResults: .seconds(86_400 * (try environment["LEADLINE_RESULT_DAYS"].map(Self.number) ?? 30)))
        let preset = environment["LEADLINE_ADMIN_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        // Every setting is checked before the store is touched, so a bad one changes nothing.
        if let preset { try TokenSecret.validateChosen(preset) }
        let files = try ProcessFiles(directory: data.directory)
        var logger = Logger(label: "leadline")
        logger.logLevel = environment["LEADLINE_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        try await store.withStore(logger: logger) { store in
            _ = try await FirstStart.run(store: store, serverURL: "http://\(settings.host):\(settings.port)")
            FirstStart.say("Leadline on \(store.database.engine.rawValue) listening on http://\(settings.host):\(settings.port)")
            let runner = ProcessRunner(store: store, files: files, logger: logger, settings: runnerSettings)
            let app = buildApplication(settings: settings, store: store, files: files, runner: runner, logger: logger)
            try await app.runService()
        }
    }

    private static func number(_ text: String) throws -> Int {
        guard let value = Int(text) else { throw ValidationError("'\(text)' is not a number") }
        return value
    }
}
