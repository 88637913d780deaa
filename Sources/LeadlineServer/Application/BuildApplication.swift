import Hummingbird
import LeadlineStore
import Logging
import Prometheus

/// The whole server, built the same way by `leadline serve` and by the tests.
public func buildApplication(
    settings: ServerSettings, store: Store, metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
    logger: Logger = Logger(label: "leadline")
) -> some ApplicationProtocol {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestMetricsMiddleware(registry: metrics))
    router.add(middleware: ProblemMiddleware(logger: logger))
    OperationsController(store: store, metrics: metrics).register(on: router)
    OpenAPIController().register(on: router)

    let api = router.group("api/v1").add(middleware: TokenAuthenticator(tokens: store.tokens))
    let body = JSONBody(maximumSize: settings.maxBodySize)
    TenantController(store: store, body: body).register(on: api.group("tenants"))
    TokenController(store: store, body: body).register(on: api.group("tokens"))
    FieldController(store: store, body: body).register(on: api.group("fields"))
    ListController(store: store, body: body).register(on: api.group("lists"))
    ContactController(store: store, body: body).register(lists: api.group("lists"), contacts: api.group("contacts"))

    return Application(
        router: router,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "leadline"),
        logger: logger)
}
