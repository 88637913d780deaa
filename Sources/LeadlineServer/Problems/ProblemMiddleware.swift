import Hummingbird
import LeadlineCSV
import LeadlineCore
import LeadlineStore
import Logging
import NIOHTTP1

/// Turns every error a handler throws into a problem document, so clients see one error shape.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && error.body == nil {
            let allowed = routes.methods(servedAt: request.uri.path)
            if !allowed.isEmpty {
                var response = try Problem(
                    status: .methodNotAllowed, type: "method-not-allowed", title: "Method not allowed",
                    detail: "\(request.method) is not served at \(request.uri.path); \(allowed.map(\.rawValue).joined(separator: ", ")) are"
                ).response(from: request, context: context)
                response.headers[.allow] = allowed.map(\.rawValue).sorted().joined(separator: ", ")
                return response
            }
            // The router found no route: say so, unlike a missing object.
            return try Problem(
                status: .notFound, type: "no-endpoint", title: "No such endpoint",
                detail: "\(request.method) \(request.uri.path) is not an endpoint; /openapi.json lists them"
            ).response(from: request, context: context)
        } catch let error as HTTPParserError {
            // The client went away or sent broken HTTP mid-request: its doing, not the server's.
            logger.info("request aborted by the client: \(request.method) \(request.uri.path): \(error)")
            return try Problem(
                status: .badRequest, type: "request-aborted", title: "Request aborted",
                detail: "the request ended before its body did").response(from: request, context: context)
        } catch {
            return try problem(for: error).response(from: request, context: context)
        }
    }

    func problem(for error: any Error) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let failure as ValidationFailure:
            return .invalid(failure.issues)
        case let error as DomainError:
            return Self.problem(for: error)
        case let limited as CallbackLimitReached:
            var problem = Problem(status: .conflict, type: "callback-limit", title: "Callback limit reached", detail: limited.reason)
            problem.nextFreeAt = Timestamp.format(limited.nextFreeAt)
            return problem
        case let error as CSVError:
            // A file sent in the request that cannot be read as rows: the body is at fault.
            return .invalid([FieldIssue(field: "body", reason: error.description)])
        case let error as HTTPError:
            return Problem(
                status: error.status, type: "http-\(error.status.code)", title: error.status.reasonPhrase,
                detail: error.body ?? error.status.reasonPhrase)
        default:
            logger.error("request failed: \(String(reflecting: error))")
            return Problem(
                status: .internalServerError, type: "internal", title: "Internal error",
                detail: "the server could not complete the request; the error is in its log")
        }
    }

    static func problem(for error: DomainError) -> Problem {
        switch error {
        case .notFound(let detail):
            Problem(status: .notFound, type: "not-found", title: "Not found", detail: detail)
        case .forbidden(let detail):
            Problem(status: .forbidden, type: "forbidden", title: "Not allowed", detail: detail)
        case .conflict(let field, let reason):
            Problem(
                status: .conflict, type: "conflict", title: "Conflict", detail: reason,
                errors: field.map { [FieldIssue(field: $0, reason: reason)] })
        case .staleVersion(let current):
            Problem(
                status: .preconditionFailed, type: "stale-version", title: "The object changed",
                detail: "If-Match names an old version; the current version is \(current). Read the object again and retry.")
        }
    }
}
