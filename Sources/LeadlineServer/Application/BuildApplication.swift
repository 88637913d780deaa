import Foundation
import Hummingbird
import HummingbirdCore
import LeadlineEngine
import LeadlineStore
import Logging
import Prometheus

/// The whole server, built the same way by `leadline serve` and by the tests.
///
/// - Parameter runsProcesses: whether the application runs background processes itself; tests
///   leave it off and call the runner's `runDue()` when they want processes to run.
public func buildApplication(
    settings: ServerSettings, store: Store, files: ProcessFiles, runner: ProcessRunner, runsProcesses: Bool = true,
    metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(), logger: Logger = Logger(label: "leadline"),
    routes: RouteTable = RouteTable()
) -> some ApplicationProtocol {
    let router = buildRouter(settings: settings, store: store, files: files, runner: runner, metrics: metrics, logger: logger, routes: routes)
    // Hummingbird's idle time-out counts from the last byte read while a request's head or body
    // arrives, and from the last response between requests: one bound for every silence a hostile
    // client could hold a connection with.
    let http = HTTP1Channel.Configuration(idleTimeout: .nanoseconds(Int64(settings.readTimeout.seconds * 1e9)))
    var application = Application(
        router: router,
        server: .http1(configuration: http),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "leadline"),
        logger: logger)
    if runsProcesses {
        let sender = MessageSender(store: store, links: settings.links, logger: logger) {
            MessageGateways.client(for: $0, certificateAuthorities: settings.smtpCertificateAuthorities)
        }
        application.addServices(runner, CampaignRunner(store: store, logger: logger), sender)
    }
    return application
}

/// Every route the server serves, apart from the application so that tests can read them.
public func buildRouter(
    settings: ServerSettings, store: Store, files: ProcessFiles, runner: ProcessRunner,
    metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(), logger: Logger = Logger(label: "leadline"),
    routes: RouteTable = RouteTable()
) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: RequestMetricsMiddleware(registry: metrics))
    router.add(middleware: ProblemMiddleware(logger: logger, routes: routes))
    router.add(middleware: RequestLimitsMiddleware(maximumURILength: settings.maximumURILength))
    OperationsController(store: store, metrics: metrics).register(on: router)
    OpenAPIController().register(on: router)

    let api = router.group("api/v1").add(middleware: TokenAuthenticator(tokens: store.tokens))
    let body = JSONBody(maximumSize: settings.maxBodySize)
    let uploads = UploadReceiver(maximumSize: settings.uploadLimit)
    TenantController(store: store, body: body).register(on: api.group("tenants"))
    TokenController(store: store, body: body).register(on: api.group("tokens"))
    FieldController(store: store, body: body).register(on: api.group("fields"))
    ListController(store: store, body: body).register(on: api.group("lists"))
    ListShareController(store: store).register(on: api.group("list-shares"))
    ContactController(store: store, body: body).register(lists: api.group("lists"), contacts: api.group("contacts"))
    ImportController(store: store, files: files, runner: runner, uploads: uploads, inflationRatio: settings.inflationRatio)
        .register(on: api.group("lists"))
    ExportController(store: store, body: body, runner: runner).register(on: api.group("lists"))
    BulkController(store: store, body: body, runner: runner).register(lists: api.group("lists"), deleted: api.group("deleted-contacts"))
    ListOperationController(store: store, body: body, runner: runner).register(on: api.group("list-operations"))
    ProcessController(store: store).register(on: api.group("processes"))
    MappingTemplateController(store: store, body: body).register(on: api.group("mapping-templates"))
    FilterController(store: store, body: body).register(on: api.group("filters"))
    BlacklistController(store: store, body: body, files: files, uploads: uploads).register(on: api.group("blacklist"))
    DataSourceController(store: store, body: body, runner: runner, roots: settings.importRoots.isEmpty ? [files.sourcesDirectory] : settings.importRoots)
        .register(on: api.group("data-sources"))
    CompletionCodeController(store: store, body: body).register(on: api.group("completion-codes"))
    StrategyController(store: store, body: body).register(on: api.group("strategies"))
    CallingRuleController(store: store, body: body).register(on: api.group("calling-rules"))
    CampaignController(store: store, body: body, runner: runner).register(on: api.group("campaigns"))
    JobController(store: store, runner: runner, eventInterval: .milliseconds(500)).register(on: api.group("jobs"))
    AttemptController(store: store, body: body).register(on: api.group("attempts"))
    CallbackController(store: store, body: body).register(callbacks: api.group("callbacks"), campaigns: api.group("campaigns"))
    GatewayController(store: store, body: body, links: settings.links).register(on: api.group("gateways"))
    WebhookController(store: store, clock: Date.init).register(webhooks: router.group("webhooks"), unsubscribe: router.group("unsubscribe"))
    registerAdmin(on: router, settings: settings, store: store, files: files, runner: runner, logger: logger, routes: routes)
    routes.fill(from: router)
    return router
}

/// The web admin under `/admin`: its assets and sign-in open to all, every other page behind a session.
private func registerAdmin(
    on router: Router<AppRequestContext>, settings: ServerSettings, store: Store, files: ProcessFiles, runner: ProcessRunner,
    logger: Logger, routes: RouteTable
) {
    let pages = PageRenderer()
    let sessions = Sessions(store: store)
    let cookies = SessionCookies(secure: settings.publicURL?.lowercased().hasPrefix("https://") ?? false)
    router.get("/") { _, _ in Response.seeOther(.home) }
    let admin = router.group("admin").add(middleware: PageErrorMiddleware(pages: pages, problems: ProblemMiddleware(logger: logger, routes: routes)))
    AssetController().register(on: admin)
    SignInPages(sessions: sessions, pages: pages, cookies: cookies).register(on: admin)
    let signedIn = admin.group().add(middleware: SessionAuthenticator(sessions: sessions))
    ListPages(store: store, pages: pages).register(on: signedIn)
    ImportPages(
        store: store, files: files, runner: runner, pages: pages,
        uploads: MultipartUpload(maximumSize: settings.uploadLimit, takesFormToken: true),
        inflation: InflationCheck(maximumSize: settings.uploadLimit, maximumRatio: settings.inflationRatio)
    ).register(on: signedIn)
    ProcessPages(store: store, pages: pages).register(on: signedIn)
    UserPages(store: store, pages: pages).register(on: signedIn)
}
