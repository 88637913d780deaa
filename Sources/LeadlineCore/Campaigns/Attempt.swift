import Foundation

/// One contact handed to a dialer or sender, and what came of it.
public struct Attempt: Sendable, Equatable {
    public var id: Int64
    public var tenantID: Int64
    public var jobID: Int64
    public var campaignID: Int64
    public var contactID: Int64
    public var listID: Int64
    /// The job contact's state before the lease, where an expired or released lease returns it.
    public var fromState: JobContactState
    public var target: AttemptTarget
    public var agent: String?
    public var state: AttemptState
    public var leasedAt: Date
    public var expiresAt: Date
    public var endedAt: Date?
    public var completionCode: String?
    public var result: AttemptResult?
    public var evidence: AttemptEvidence

    public init(
        id: Int64, tenantID: Int64, jobID: Int64, campaignID: Int64, contactID: Int64, listID: Int64, fromState: JobContactState,
        target: AttemptTarget, agent: String?, state: AttemptState, leasedAt: Date, expiresAt: Date, endedAt: Date?,
        completionCode: String?, result: AttemptResult?, evidence: AttemptEvidence
    ) {
        self.id = id
        self.tenantID = tenantID
        self.jobID = jobID
        self.campaignID = campaignID
        self.contactID = contactID
        self.listID = listID
        self.fromState = fromState
        self.target = target
        self.agent = agent
        self.state = state
        self.leasedAt = leasedAt
        self.expiresAt = expiresAt
        self.endedAt = endedAt
        self.completionCode = completionCode
        self.result = result
        self.evidence = evidence
    }
}

public enum AttemptState: String, Sendable, Codable, CaseIterable {
    /// Held by a dialer until `expiresAt`.
    case leased
    /// A result was posted.
    case ended
    /// Not answered in time: the contact went back, recorded as `lease_expired`.
    case expired
    /// Given back unattempted by the dialer, or by unassigning its list.
    case released
}

/// What a dialer posted with a completion code.
public struct AttemptResult: Sendable, Equatable, Codable {
    public var callbackAt: Date?
    public var notes: String?
    /// Custom field changes, by field name, in stored form.
    public var fields: [String: JSONValue]?

    public init(callbackAt: Date? = nil, notes: String? = nil, fields: [String: JSONValue]? = nil) {
        self.callbackAt = callbackAt
        self.notes = notes
        self.fields = fields
    }
}
