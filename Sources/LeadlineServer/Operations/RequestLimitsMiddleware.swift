import Hummingbird

/// Refuses a request target longer than any route needs, as a problem document, before routing.
struct RequestLimitsMiddleware<Context: RequestContext>: RouterMiddleware {
    let maximumURILength: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.description.utf8.count <= maximumURILength else {
            throw Problem(
                status: .uriTooLong, type: "uri-too-long", title: "URI too long",
                detail: "the request target is longer than \(maximumURILength) bytes; send long filters in a POST body")
        }
        return try await next(request, context)
    }
}
