import Foundation
import LeadlineCore
import LeadlineStore

/// Whether one number or address may be contacted, as the API's check and the CLI's ask it.
public enum BlacklistCheck {
    public enum Value: Sendable {
        case number(String, region: String?)
        case email(String)
    }

    /// The value as checked (a number in E.164, an address lowercased) and the entry forbidding it.
    public static func check(
        _ value: Value, channel: BlacklistMedium, tenantID: Int64, store: Store, at now: Date
    ) async throws -> (checked: String, entry: BlacklistEntry?) {
        switch value {
        case .number(let text, let region):
            guard let e164 = PhoneNumberParser.shared.parse(text, defaultRegion: region).e164 else {
                throw ValidationFailure(field: "number", reason: "'\(text.prefix(40))' is not a phone number; write it with + and the country code or give a region")
            }
            let candidates = try await store.blacklist.candidates(numbers: [e164], emails: [], tenantID: tenantID)
            let id = BlacklistMatcher(candidates).entry(forNumber: e164, channel: channel, at: now)
            return (e164, candidates.first { $0.id == id })
        case .email(let text):
            guard let address = EmailAddress.normalized(text)?.lowercased() else {
                throw ValidationFailure(field: "email", reason: "'\(text.prefix(60))' is not an email address")
            }
            let candidates = try await store.blacklist.candidates(numbers: [], emails: [address], tenantID: tenantID)
            let id = BlacklistMatcher(candidates).entry(forEmail: address, channel: channel, at: now)
            return (address, candidates.first { $0.id == id })
        }
    }
}
