import Hummingbird
import LeadlineCore

/// A use case's refusal as a form shows it: each issue beside the field it names, the rest at
/// the top, in the words of the API's problem documents.
struct FormFailure {
    var message: String?
    var fields: [String: String]
    var status: HTTPResponse.Status

    /// What a form without the session's token says: it did not come from this session's page.
    static let staleToken =
        "This form was not sent: it came from an older page or from another site. Nothing was changed; check the values and send it again."

    /// For a form whose values matter less than the refusal (a toggle, a cancel button).
    static var refusedToken: Problem {
        Problem(status: .forbidden, type: "csrf", title: "Form refused", detail: staleToken)
    }

    /// Rethrows what is not a refusal (a broken database), for the error page and the log.
    init(_ error: any Error) throws {
        let problem: Problem
        switch error {
        case let failure as ValidationFailure: problem = .invalid(failure.issues)
        case let domain as DomainError: problem = ProblemMiddleware<AppRequestContext>.problem(for: domain)
        case let given as Problem: problem = given
        default: throw error
        }
        status = problem.status
        var fields: [String: String] = [:]
        for issue in problem.errors ?? [] {
            fields[issue.field] = fields[issue.field].map { "\($0); \(issue.reason)" } ?? issue.reason
        }
        self.fields = fields
        if case .staleVersion = error as? DomainError {
            message = "Someone changed this meanwhile, so nothing was saved. The page now shows their version; make your change again."
        } else {
            message = problem.errors?.isEmpty == false ? "Nothing was saved: fix the fields marked below." : problem.detail
        }
    }
}
