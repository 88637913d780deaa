import Hummingbird
import HummingbirdAuth
import LeadlineCore

/// The context of one API request: Hummingbird's core storage and the caller, once authenticated.
public struct AppRequestContext: AuthRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Principal?
    /// The web admin's session, when the request came through a page with its cookie.
    public var session: WebSession?

    public init(source: Source) {
        coreContext = .init(source: source)
        identity = nil
        session = nil
    }

    /// The caller; a request without a valid token never reaches a handler that asks.
    func principal() throws -> Principal {
        guard let identity else { throw Problem.unauthorized }
        return identity
    }

    /// The caller, when its role grants `permission`.
    func principal(requiring permission: Permission) throws -> Principal {
        let principal = try principal()
        try principal.require(permission)
        return principal
    }
}
