import LeadlineCore

struct BlacklistEntryResource: Encodable, Sendable {
    var id: Int64
    var name: String
    var medium: BlacklistMedium
    var uri: String
    /// number, number_prefix, email or email_domain.
    var kind: String
    /// The channels the entry forbids: voice and sms for a number of medium any, email for an address.
    var covers: [BlacklistMedium]
    var reason: String
    var expiresAt: String?
    var createdAt: String
    var createdBy: String

    init(_ entry: BlacklistEntry) {
        id = entry.id
        name = entry.name
        medium = entry.medium
        uri = entry.uri.description
        kind = entry.uri.kind
        covers = entry.covers
        reason = entry.reason
        expiresAt = entry.expiresAt.map(Timestamp.format)
        createdAt = Timestamp.format(entry.createdAt)
        createdBy = entry.createdBy
    }
}

/// Whether a number or an address may be contacted.
struct BlacklistCheckResource: Encodable, Sendable {
    var listed: Bool
    /// The value as checked: a number in E.164, an address lowercased.
    var checked: String
    /// The channel asked about; `any` asks about every one.
    var medium: BlacklistMedium
    /// Every channel the value may not be reached on, whichever was asked.
    var blockedOn: [BlacklistMedium]
    /// The entry forbidding the channel asked about.
    var entry: BlacklistEntryResource?
}

struct BlacklistImportResource: Encodable, Sendable {
    struct Reject: Encodable, Sendable {
        var line: Int
        var reason: String
    }
    var read: Int
    var added: Int
    var replaced: Int
    var rejected: Int
    /// The first rejected rows.
    var rejects: [Reject]
}
