import Hummingbird
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// Users, for administrators: who signs in, with which role, and turning them off.
struct UserPages {
    let store: Store
    let pages: PageRenderer

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("users", use: table)
        group.post("users", use: create)
        group.post("users/:id/disable", use: disable)
        group.post("users/:id/enable", use: enable)
    }

    struct Model {
        struct Row {
            var id: Int64
            var name: String
            var email: String
            var role: String
            var enabled: Bool
            var lastSignIn: String
            var disableHref: String
            var enableHref: String
            var isSelf: Bool
        }

        struct RoleChoice {
            var value: String
            var selected: Bool
        }

        var page: Chrome
        var rows: [Row]
        var values: [String: String]
        var errors: [String: String]
        var roles: [RoleChoice]
        var message: String?
        var notice: String?
        var action = AdminLink.users.href
    }

    @Sendable func table(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await render(context, values: ["role": Role.supervisor.rawValue], errors: [:], message: nil, notice: request.uri.queryParameters["created"].map { "User \($0) created." })
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageUsers)
        let form = try await WebForm.read(request)
        let values = ["name": form["name"] ?? "", "email": form["email"] ?? "", "role": form["role"] ?? ""]
        guard form.carriesToken(context.session?.csrfToken) else {
            return try await render(context, values: values, errors: [:], message: FormFailure.staleToken, status: .forbidden)
        }
        guard let role = Role(rawValue: values["role"]!) else {
            return try await render(context, values: values, errors: ["role": "must be one of admin, supervisor, agent"], message: "Nothing was saved: fix the fields marked below.", status: .badRequest)
        }
        do {
            let user = try await UserAccounts.create(
                NewUser(name: values["name"]!, email: values["email"]!, role: role, password: form["password"] ?? ""),
                tenantID: principal.tenantID, by: principal, store: store)
            return .seeOther(AdminLink.users.href + "?created=" + PageText.percentEncoded(user.email))
        } catch {
            let failure = try FormFailure(error)
            return try await render(context, values: values, errors: failure.fields, message: failure.message, status: failure.status)
        }
    }

    @Sendable func disable(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await setDisabled(true, request, context)
    }

    @Sendable func enable(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await setDisabled(false, request, context)
    }

    private func setDisabled(_ disabled: Bool, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.principal(requiring: .manageUsers)
        let id = try context.parameters.id("id", of: "user")
        let form = try await WebForm.read(request)
        guard form.carriesToken(context.session?.csrfToken) else { throw FormFailure.refusedToken }
        do {
            _ = try await UserAccounts.setDisabled(disabled, id: id, by: principal, store: store)
        } catch {
            let failure = try FormFailure(error)
            return try await render(context, values: [:], errors: [:], message: failure.message, status: failure.status)
        }
        return .seeOther(.users)
    }

    private func render(
        _ context: AppRequestContext, values: [String: String], errors: [String: String], message: String?, notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.principal(requiring: .manageUsers)
        let users = try await UserAccounts.list(tenantID: principal.tenantID, by: principal, store: store)
        let rows = users.map { user in
            Model.Row(
                id: user.id, name: user.name, email: user.email,
                role: user.role.rawValue + (user.isSystemAdministrator ? ", system administrator" : ""), enabled: user.disabledAt == nil,
                lastSignIn: PageText.time(user.lastSignInAt), disableHref: AdminLink.disableUser(user.id).href,
                enableHref: AdminLink.enableUser(user.id).href, isSelf: principal.holder == .user(user.id))
        }
        let roles = Role.allCases.map { Model.RoleChoice(value: $0.rawValue, selected: $0.rawValue == values["role"]) }
        let model = Model(
            page: Chrome(context, title: "Users", section: .users), rows: rows, values: values, errors: errors, roles: roles, message: message, notice: notice)
        return pages.render("users", model, status: status)
    }
}
