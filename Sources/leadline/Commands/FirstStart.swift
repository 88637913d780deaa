import Foundation
import LeadlineEngine
import LeadlineStore

/// What every command that opens a store does first, as `serve` does: a new store gets its
/// default tenant, a system administrator token and a first administrator who signs in, printed once, so that a store made by
/// `leadline import` is never one nobody can manage.
enum FirstStart {
    static func run(store: Store, serverURL: String? = nil) async throws -> Bootstrap.Outcome {
        let preset = ProcessInfo.processInfo.environment["LEADLINE_ADMIN_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        let email = ProcessInfo.processInfo.environment["LEADLINE_ADMIN_EMAIL"].flatMap { $0.isEmpty ? nil : $0 }
        let outcome = try await Bootstrap.run(store: store, presetSecret: preset, adminEmail: email)
        if let secret = outcome.adminSecret {
            say("""
                Created a system administrator token in tenant '\(outcome.tenant.name)'. It is shown only this once:

                    \(preset == nil ? secret : "(the token given in LEADLINE_ADMIN_TOKEN)")
                """ + (serverURL.map { "\n\nUse it as:  curl -H 'Authorization: Bearer TOKEN' \($0)/api/v1/lists" } ?? ""))
        } else if outcome.lockedOut, serverURL != nil {
            say("""
                No live system administrator token exists, so nobody can manage this server. To get in, start it again \
                with LEADLINE_ADMIN_TOKEN set to a secret of 24 or more characters, or run:
                    leadline token create --tenant \(outcome.tenant.id) --role admin --name operator --system-administrator
                """)
        }
        if let admin = outcome.adminUser {
            say("""
                Created the first administrator of the web admin. Sign in\(serverURL.map { " at \($0)/admin" } ?? "") with:

                    email     \(admin.email)
                    password  \(admin.password)   (shown only this once)
                """)
        }
        return outcome
    }

    /// Writes a line to standard output at once: a token printed into a piped log must not wait in a buffer.
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
