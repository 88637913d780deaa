import Hummingbird
import HummingbirdAuth
import LeadlineCore
import LeadlineStore

/// Resolves `Authorization: Bearer TOKEN` to its principal; every API route requires one.
struct TokenAuthenticator: RouterMiddleware {
    typealias Context = AppRequestContext

    let tokens: any TokenRepository

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let bearer = request.headers.bearer, !bearer.token.isEmpty, bearer.token.count <= 512,
            let record = try await tokens.authenticate(secret: bearer.token)
        else { throw Problem.unauthorized }
        var context = context
        context.identity = record.principal
        return try await next(request, context)
    }
}
