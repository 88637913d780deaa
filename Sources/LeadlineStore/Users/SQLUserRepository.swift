import Foundation
import LeadlineCore
import SQLKit

struct SQLUserRepository: UserRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let columns = "id, tenant_id, name, email, role, is_system, created_at, disabled_at, last_sign_in_at"

    func create(_ user: NewUser, passwordHash: String, tenantID: Int64) async throws -> User {
        let now = Millis.from(clock())
        return try await database.write { sql in
            guard try await sql.raw("SELECT id FROM tenants WHERE id = \(bind: tenantID)").first() != nil else {
                throw DomainError.notFound("tenant \(tenantID) does not exist")
            }
            if try await sql.raw("SELECT id FROM users WHERE email = \(bind: user.email)").first() != nil {
                throw DomainError.conflict(field: "email", reason: "another user already signs in with \(user.email)")
            }
            let row = try await sql.raw("""
                INSERT INTO users (tenant_id, name, email, role, is_system, password_hash, created_at)
                VALUES (\(bind: tenantID), \(bind: user.name), \(bind: user.email), \(bind: user.role.rawValue),
                        \(bind: user.isSystemAdministrator), \(bind: passwordHash), \(bind: now))
                RETURNING \(unsafeRaw: Self.columns)
                """).first()!
            return try Self.user(row)
        }
    }

    func list(tenantID: Int64) async throws -> [User] {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM users WHERE tenant_id = \(bind: tenantID) ORDER BY id")
                .all().map(Self.user)
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> User? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM users WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)")
                .first().map(Self.user)
        }
    }

    func hasAny() async throws -> Bool {
        try await database.read { sql in
            try await sql.raw("SELECT id FROM users LIMIT 1").first() != nil
        }
    }

    func credentials(email: String) async throws -> UserCredentials? {
        try await database.read { sql in
            guard let row = try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns), password_hash, failed_sign_ins, last_failed_at FROM users
                WHERE email = \(bind: email.lowercased())
                """).first()
            else { return nil }
            return UserCredentials(
                user: try Self.user(row),
                passwordHash: try row.decode(column: "password_hash", as: String.self),
                failedSignIns: try row.decode(column: "failed_sign_ins", as: Int.self),
                lastFailedAt: try row.decode(column: "last_failed_at", as: Int64?.self).map(Millis.date))
        }
    }

    func recordFailedSignIn(userID: Int64) async throws {
        let now = Millis.from(clock())
        try await database.write { sql in
            try await sql.raw("""
                UPDATE users SET failed_sign_ins = failed_sign_ins + 1, last_failed_at = \(bind: now) WHERE id = \(bind: userID)
                """).run()
        }
    }

    func recordSignIn(userID: Int64) async throws {
        let now = Millis.from(clock())
        try await database.write { sql in
            try await sql.raw("""
                UPDATE users SET failed_sign_ins = 0, last_failed_at = NULL, last_sign_in_at = \(bind: now) WHERE id = \(bind: userID)
                """).run()
        }
    }

    func setDisabled(_ disabled: Bool, id: Int64, tenantID: Int64?) async throws -> User {
        let now = Millis.from(clock())
        return try await database.write { sql in
            let scope: SQLQueryString = tenantID.map { " AND tenant_id = \(bind: $0)" } ?? ""
            guard try await sql.raw("SELECT id FROM users WHERE id = \(bind: id)" + scope).first() != nil else {
                throw DomainError.notFound("user \(id) does not exist")
            }
            if disabled {
                try await sql.raw("UPDATE users SET disabled_at = COALESCE(disabled_at, \(bind: now)) WHERE id = \(bind: id)").run()
                try await sql.raw("DELETE FROM sessions WHERE user_id = \(bind: id)").run()
            } else {
                try await sql.raw("UPDATE users SET disabled_at = NULL, failed_sign_ins = 0, last_failed_at = NULL WHERE id = \(bind: id)").run()
            }
            let row = try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM users WHERE id = \(bind: id)").first()!
            return try Self.user(row)
        }
    }

    func openSession(userID: Int64, secretHash: String, csrfToken: String, expiresAt: Date) async throws {
        let now = Millis.from(clock())
        try await database.write { sql in
            // Expired sessions go when a new one opens, so the table holds only live ones and a few stale.
            try await sql.raw("DELETE FROM sessions WHERE expires_at <= \(bind: now)").run()
            try await sql.raw("""
                INSERT INTO sessions (secret_hash, user_id, csrf_token, created_at, expires_at)
                VALUES (\(bind: secretHash), \(bind: userID), \(bind: csrfToken), \(bind: now), \(bind: Millis.from(expiresAt)))
                """).run()
        }
    }

    func session(secretHash: String) async throws -> SessionRecord? {
        let now = Millis.from(clock())
        return try await database.read { sql in
            let userColumns = Self.columns.split(separator: ",").map { "u.\($0.trimmingCharacters(in: .whitespaces))" }.joined(separator: ", ")
            guard let row = try await sql.raw("""
                SELECT \(unsafeRaw: userColumns), s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
                WHERE s.secret_hash = \(bind: secretHash) AND s.expires_at > \(bind: now) AND u.disabled_at IS NULL
                """).first()
            else { return nil }
            return SessionRecord(
                user: try Self.user(row), csrfToken: try row.decode(column: "csrf_token", as: String.self),
                expiresAt: Millis.date(try row.decode(column: "expires_at", as: Int64.self)))
        }
    }

    func extendSession(secretHash: String, expiresAt: Date) async throws {
        try await database.write { sql in
            try await sql.raw("UPDATE sessions SET expires_at = \(bind: Millis.from(expiresAt)) WHERE secret_hash = \(bind: secretHash)").run()
        }
    }

    func closeSession(secretHash: String) async throws {
        try await database.write { sql in
            try await sql.raw("DELETE FROM sessions WHERE secret_hash = \(bind: secretHash)").run()
        }
    }

    static func user(_ row: any SQLRow) throws -> User {
        User(
            id: try row.decode(column: "id", as: Int64.self),
            tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            role: Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .agent,
            isSystemAdministrator: try row.decode(column: "is_system", as: Bool.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            disabledAt: try row.decode(column: "disabled_at", as: Int64?.self).map(Millis.date),
            lastSignInAt: try row.decode(column: "last_sign_in_at", as: Int64?.self).map(Millis.date))
    }
}
