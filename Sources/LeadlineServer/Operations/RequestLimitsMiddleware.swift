import Hummingbird
import LeadlineCore

/// Refuses a request target longer than any route needs, and a query value longer than any
/// parameter takes (the OpenAPI document's `maxLength`), as problem documents, before routing.
struct RequestLimitsMiddleware<Context: RequestContext>: RouterMiddleware {
    let maximumURILength: Int
    static var maximumQueryValue: Int { 500 }
    /// A filter's text form says more than any other parameter.
    static var maximumFilter: Int { 4000 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        for (name, value) in request.uri.queryParameters {
            let limit = name == "filter" || name == "emptyFilter" ? Self.maximumFilter : Self.maximumQueryValue
            if value.count > limit {
                throw Problem.invalid([FieldIssue(field: String(name.prefix(64)), reason: "must be at most \(limit) characters")])
            }
        }
        guard request.uri.description.utf8.count <= maximumURILength else {
            throw Problem(
                status: .uriTooLong, type: "uri-too-long", title: "URI too long",
                detail: "the request target is longer than \(maximumURILength) bytes; send long filters in a POST body")
        }
        return try await next(request, context)
    }
}
