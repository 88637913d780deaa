import Foundation

/// The channels an entry forbids.
public enum BlacklistMedium: String, Sendable, Codable, CaseIterable {
    case voice, sms, email, any

    /// Whether an entry of this medium forbids reaching someone by `channel`.
    public func forbids(_ channel: BlacklistMedium) -> Bool {
        self == .any || self == channel || channel == .any
    }
}

extension BlacklistEntry {
    /// The channels this entry forbids: its own medium, or for `any` every channel its URI can be reached on.
    public var covers: [BlacklistMedium] {
        guard medium == .any else { return [medium] }
        switch uri {
        case .number, .numberPrefix: return [.voice, .sms]
        case .email, .emailDomain: return [.email]
        }
    }
}

/// A tenant's do-not-contact entry.
public struct BlacklistEntry: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var medium: BlacklistMedium
    public var uri: BlacklistURI
    public var reason: String
    /// The entry stops applying at this instant; nil for never.
    public var expiresAt: Date?
    public var createdAt: Date
    public var createdBy: String

    public init(
        id: Int64, name: String, medium: BlacklistMedium, uri: BlacklistURI, reason: String, expiresAt: Date?, createdAt: Date, createdBy: String
    ) {
        self.id = id
        self.name = name
        self.medium = medium
        self.uri = uri
        self.reason = reason
        self.expiresAt = expiresAt
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    public func isActive(at now: Date) -> Bool {
        expiresAt.map { $0 > now } ?? true
    }

    /// An entry as a person sends it, by the API, the CLI or a CSV row.
    public struct Input: Sendable, Equatable {
        public var name: String
        public var medium: BlacklistMedium
        public var uri: BlacklistURI
        public var reason: String
        public var expiresAt: Date?

        public init(name: String = "", medium: BlacklistMedium = .any, uri: BlacklistURI, reason: String = "", expiresAt: Date? = nil) {
            self.name = name
            self.medium = medium
            self.uri = uri
            self.reason = reason
            self.expiresAt = expiresAt
        }

        /// Reads the parts as text, each error naming its part.
        public static func read(
            uri: String, medium: String?, name: String?, reason: String?, expires: String?, defaultRegion: String? = nil
        ) throws(ValidationFailure) -> Input {
            var issues = IssueCollector()
            var parsed: BlacklistURI?
            do { parsed = try BlacklistURI.parse(uri, defaultRegion: defaultRegion) } catch { issues = issues.merging(error) }
            let channel = medium.map { $0.trimmingWhitespace.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
            let chosen = channel.map(BlacklistMedium.init(rawValue:)) ?? .any
            if chosen == nil { issues.add("medium", "must be one of voice, sms, email, any") }
            let label = name?.trimmingWhitespace ?? ""
            let why = reason?.trimmingWhitespace ?? ""
            if label.count > 100 || label.containsControlCharacter { issues.add("name", "must be at most 100 characters on one line") }
            if why.count > 500 || why.containsControlCharacter { issues.add("reason", "must be at most 500 characters on one line") }
            var expiry: Date?
            if let text = expires?.trimmingWhitespace, !text.isEmpty {
                if let date = CalendarDate(text) {
                    expiry = Date(timeIntervalSince1970: Double(date.utcMidnightMillis) / 1000)
                } else if let instant = Timestamp.parse(text) {
                    expiry = instant
                } else {
                    issues.add("expires", "must be a date (2027-01-31) or a time (2027-01-31T00:00:00Z)")
                }
            }
            if case .email? = parsed, chosen == .voice || chosen == .sms { issues.add("medium", "an email address blocks email or any, not \(chosen!.rawValue)") }
            if case .emailDomain? = parsed, chosen == .voice || chosen == .sms { issues.add("medium", "an email domain blocks email or any, not \(chosen!.rawValue)") }
            if case .number? = parsed, chosen == .email { issues.add("medium", "a number blocks voice, sms or any, not email") }
            if case .numberPrefix? = parsed, chosen == .email { issues.add("medium", "a number prefix blocks voice, sms or any, not email") }
            try issues.check()
            return Input(name: label, medium: chosen!, uri: parsed!, reason: why, expiresAt: expiry)
        }
    }
}
