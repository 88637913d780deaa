import Foundation
import HTTPTypes
import Hummingbird
import LeadlineCore
import Logging

/// One log line per request at info: method, path, status, time and the request id (Hummingbird's
/// `hb.request.id`, in the logger's metadata), which the
/// response carries as `X-Request-Id` so that a caller's report finds its line. The query is
/// left out (it holds search terms, that is, customers' names and numbers), and so are headers
/// and bodies (tokens, files).
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    static var header: HTTPField.Name { HTTPField.Name("X-Request-Id")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            var response = try await next(request, context)
            response.headers[Self.header] = context.id
            log(request, status: Int(response.status.code), since: start, context: context)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            log(request, status: Int(status), since: start, context: context)
            throw error
        }
    }

    private func log(_ request: Request, status: Int, since start: ContinuousClock.Instant, context: Context) {
        let milliseconds = (ContinuousClock.now - start).seconds * 1000
        context.logger.info(
            "\(request.method.rawValue) \(request.uri.path) \(status) \(String(format: "%.1f", milliseconds)) ms")
    }
}
