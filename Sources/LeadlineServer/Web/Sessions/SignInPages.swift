import Foundation
import Hummingbird
import LeadlineEngine
import LeadlineStore

/// Signing in and out. The sign-in form carries a token matched by a cookie of its own, so
/// that another site cannot sign a browser in to an account of its choosing.
struct SignInPages {
    let sessions: Sessions
    let pages: PageRenderer
    let cookies: SessionCookies

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get(use: home)
        group.get("sign-in", use: form)
        group.post("sign-in", use: signIn)
        group.post("sign-out", use: signOut)
    }

    struct Model {
        var page: Chrome
        var email: String
        var next: String
        var csrf: String
        var message: String?
        var notice: String?
        var action = AdminLink.signIn.href
    }

    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        .seeOther(.lists)
    }

    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> Response {
        let expired = request.uri.queryParameters["expired"] != nil
        let signedOut = request.uri.queryParameters["signed-out"] != nil
        let notice = expired ? "Your session has ended. Sign in again to go on." : signedOut ? "You are signed out." : nil
        return page(email: "", next: PageText.localTarget(request.uri.queryParameters["next"].map(String.init)), message: nil, notice: notice, context: context)
    }

    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await WebForm.read(request)
        let email = String((form["email"] ?? "").prefix(254))
        let next = PageText.localTarget(form["next"])
        guard WebForm.sameToken(form[WebForm.csrfField], request.cookies[SessionCookies.signInToken]?.value) else {
            return page(email: email, next: next, message: "This sign-in form has expired. Nothing was sent; sign in again.", notice: nil, context: context, status: .forbidden)
        }
        do {
            let opened = try await sessions.signIn(email: email, password: String((form["password"] ?? "").prefix(200)))
            var response = Response.seeOther(next)
            response.setCookie(cookies.session(opened.secret, expires: opened.expiresAt))
            response.setCookie(cookies.cleared(SessionCookies.signInToken))
            return response
        } catch let failure as Sessions.SignInFailure {
            switch failure {
            case .wrongCredentials:
                return page(email: email, next: next, message: "The email or the password is wrong.", notice: nil, context: context, status: .unauthorized)
            case .tooManyFailures(let retryAt):
                let seconds = max(1, Int(retryAt.timeIntervalSince(sessions.clock()).rounded(.up)))
                return page(
                    email: email, next: next, message: "Too many failed sign-ins. Wait \(seconds) seconds, then try again.", notice: nil,
                    context: context, status: .tooManyRequests)
            }
        }
    }

    /// Signing out needs the session's token too: another site must not sign a person out.
    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await WebForm.read(request)
        guard let secret = request.cookies[SessionCookies.session]?.value,
            let session = try await sessions.resume(secret: secret), form.carriesToken(session.csrfToken)
        else { return .seeOther(.signIn) }
        try await sessions.signOut(secret: secret)
        var response = Response.seeOther(AdminLink.signIn.href + "?signed-out=1")
        response.setCookie(cookies.cleared(SessionCookies.session))
        return response
    }

    private func page(email: String, next: String, message: String?, notice: String?, context: AppRequestContext, status: HTTPResponse.Status = .ok) -> Response {
        let token = TokenSecret.generate()
        var response = pages.render(
            "sign-in", Model(page: Chrome(context, title: "Sign in", section: nil), email: email, next: next, csrf: token, message: message, notice: notice),
            status: status)
        response.setCookie(cookies.signInToken(token))
        return response
    }
}
