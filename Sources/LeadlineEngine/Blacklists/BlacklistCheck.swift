import Foundation
import LeadlineCore
import LeadlineStore

/// Whether one number or address may be contacted, as the API's check and the CLI's ask it.
public enum BlacklistCheck {
    public enum Value: Sendable {
        case number(String, region: String?)
        case email(String)
    }

    public struct Answer: Sendable {
        /// The value as checked: a number in E.164, an address lowercased.
        public var checked: String
        /// The entry forbidding the channel asked about, when one does.
        public var entry: BlacklistEntry?
        /// Every channel the value may not be reached on.
        public var blockedOn: [BlacklistMedium]
    }

    /// Whether the value may be reached on `channel` (on every channel for `any`), and on which
    /// channels it may not. A number without `+` is read in `region`, else the tenant's default region.
    public static func check(_ value: Value, channel: BlacklistMedium, tenantID: Int64, store: Store, at now: Date) async throws -> Answer {
        switch value {
        case .number(let text, let region):
            let home = try await store.tenants.defaultRegion(of: tenantID, unless: region)
            guard let e164 = PhoneNumberParser.shared.parse(text, defaultRegion: home).e164 else {
                throw ValidationFailure(field: "number", reason: "'\(text.prefix(40))' is not a phone number; write it with + and the country code or give a region")
            }
            let candidates = try await store.blacklist.candidates(numbers: [e164], emails: [], tenantID: tenantID)
            let matcher = BlacklistMatcher(candidates)
            let id = matcher.entry(forNumber: e164, channel: channel, at: now)
            let blocked = [BlacklistMedium.voice, .sms].filter { matcher.entry(forNumber: e164, channel: $0, at: now) != nil }
            return Answer(checked: e164, entry: candidates.first { $0.id == id }, blockedOn: blocked)
        case .email(let text):
            guard let address = EmailAddress.normalized(text)?.lowercased() else {
                throw ValidationFailure(field: "email", reason: "'\(text.prefix(60))' is not an email address")
            }
            let candidates = try await store.blacklist.candidates(numbers: [], emails: [address], tenantID: tenantID)
            let matcher = BlacklistMatcher(candidates)
            let id = matcher.entry(forEmail: address, channel: channel, at: now)
            let blocked = matcher.entry(forEmail: address, channel: .email, at: now) == nil ? [] : [BlacklistMedium.email]
            return Answer(checked: address, entry: candidates.first { $0.id == id }, blockedOn: blocked)
        }
    }
}
