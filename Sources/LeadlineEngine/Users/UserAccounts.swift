import LeadlineCore
import LeadlineStore

/// Making, listing and disabling the people who sign in: one function each, called by the API,
/// the web admin and the CLI alike.
public enum UserAccounts {
    /// Creates a user in `tenantID`. Only a system administrator makes another one.
    public static func create(_ input: NewUser, tenantID: Int64, by principal: Principal?, store: Store) async throws -> User {
        if let principal {
            try principal.require(.manageUsers)
            if input.isSystemAdministrator { try principal.requireSystemAdministrator() }
        }
        let checked = try input.checked()
        return try await store.users.create(checked, passwordHash: Passwords.hash(checked.password), tenantID: tenantID)
    }

    public static func list(tenantID: Int64, by principal: Principal, store: Store) async throws -> [User] {
        try principal.require(.manageUsers)
        return try await store.users.list(tenantID: tenantID)
    }

    /// Disables (or enables again) a user; a disabled user's sessions end at once. Nobody
    /// disables themselves, so an administrator cannot lock the last door by mistake.
    public static func setDisabled(_ disabled: Bool, id: Int64, by principal: Principal?, store: Store) async throws -> User {
        if let principal {
            try principal.require(.manageUsers)
            if disabled, principal.holder == .user(id) {
                throw DomainError.conflict(field: nil, reason: "you cannot disable yourself; another administrator may")
            }
        }
        return try await store.users.setDisabled(disabled, id: id, tenantID: principal.map(\.tenantID))
    }
}
