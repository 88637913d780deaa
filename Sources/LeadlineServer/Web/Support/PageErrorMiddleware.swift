import Hummingbird
import LeadlineCore
import Logging

/// What a page shows when its use case fails in a way no form can show beside a field: a
/// missing object, a role that may not, a broken request. The words are the API's own.
struct PageErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let pages: PageRenderer
    let problems: ProblemMiddleware<AppRequestContext>

    struct Model {
        var page: Chrome
        var title: String
        var detail: String
        var issues: [FieldIssue]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && error.body == nil {
            return page(Problem(status: .notFound, type: "no-page", title: "No such page", detail: "\(request.uri.path) is not a page of Leadline"), context)
        } catch {
            return page(problems.problem(for: error), context)
        }
    }

    func page(_ problem: Problem, _ context: Context) -> Response {
        let model = Model(page: Chrome(context, title: problem.title, section: nil), title: problem.title, detail: problem.detail, issues: problem.errors ?? [])
        return pages.render("error", model, status: problem.status)
    }
}
