import Foundation
import Hummingbird
import LeadlineCore
import LeadlineEngine

/// The signed-in person of a page request: who, and the token every form of theirs carries.
public struct WebSession: Sendable {
    var user: User
    var secret: String
    var csrfToken: String
}

/// The cookies of the web admin. The session cookie is `HttpOnly` (no script reads it),
/// `SameSite=Lax` (another site's form does not send it) and `Secure` when served over TLS.
struct SessionCookies: Sendable {
    static let session = "leadline_session"
    /// A sign-in form's token, before there is a session to hold one.
    static let signInToken = "leadline_sign_in"

    let secure: Bool

    func session(_ secret: String, expires: Date) -> Cookie {
        Cookie(name: Self.session, value: secret, expires: expires, path: AdminLink.root, secure: secure, httpOnly: true, sameSite: .lax)
    }

    func signInToken(_ token: String) -> Cookie {
        Cookie(name: Self.signInToken, value: token, maxAge: 3600, path: AdminLink.root, secure: secure, httpOnly: true, sameSite: .strict)
    }

    func cleared(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: AdminLink.root, secure: secure, httpOnly: true, sameSite: .lax)
    }
}

/// Resolves the session cookie to its person; a page asked for without one sends the browser
/// to the sign-in page, which brings it back afterwards.
struct SessionAuthenticator: RouterMiddleware {
    typealias Context = AppRequestContext

    let sessions: Sessions

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let secret = request.cookies[SessionCookies.session]?.value, !secret.isEmpty,
            let record = try await sessions.resume(secret: secret)
        {
            var context = context
            context.identity = record.user.principal
            context.session = WebSession(user: record.user, secret: secret, csrfToken: record.csrfToken)
            return try await next(request, context)
        }
        let hadSession = request.cookies[SessionCookies.session] != nil
        var target = AdminLink.signIn.href
        var query: [String] = []
        if request.method == .get { query.append("next=" + PageText.percentEncoded(request.uri.path)) }
        if hadSession { query.append("expired=1") }
        if !query.isEmpty { target += "?" + query.joined(separator: "&") }
        return Response.seeOther(target)
    }
}

extension Response {
    /// Where a form that did its work sends the browser: a GET, so that reloading repeats nothing.
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func seeOther(_ link: AdminLink) -> Response {
        seeOther(link.href)
    }
}
