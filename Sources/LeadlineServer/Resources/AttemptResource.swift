import LeadlineCore
import LeadlineEngine

struct AttemptResource: Encodable, Sendable {
    var id: Int64
    var jobId: Int64
    var campaignId: Int64
    var contactId: Int64
    var listId: Int64
    var state: AttemptState
    /// `phone2` or `email1`.
    var slot: String
    var address: String
    var agent: String?
    var leasedAt: String
    var expiresAt: String
    var endedAt: String?
    var completionCode: String?
    var callbackAt: String?
    var notes: String?
    var evidence: Evidence

    struct Evidence: Encodable, Sendable {
        var zones: [String]
        var window: String
        var rules: [String]
        var holidays: Int
        var blacklistCheckedAt: String
        var caps: [String]
    }

    init(_ attempt: Attempt, channel: Channel? = nil) {
        id = attempt.id
        jobId = attempt.jobID
        campaignId = attempt.campaignID
        contactId = attempt.contactID
        listId = attempt.listID
        state = attempt.state
        slot = (attempt.target.address.contains("@") ? "email" : "phone") + "\(attempt.target.slot)"
        address = attempt.target.address
        agent = attempt.agent
        leasedAt = Timestamp.format(attempt.leasedAt)
        expiresAt = Timestamp.format(attempt.expiresAt)
        endedAt = attempt.endedAt.map(Timestamp.format)
        completionCode = attempt.completionCode
        callbackAt = attempt.result?.callbackAt.map(Timestamp.format)
        notes = attempt.result?.notes
        let proof = attempt.evidence
        evidence = Evidence(
            zones: proof.zones, window: proof.window, rules: proof.rules, holidays: proof.holidays,
            blacklistCheckedAt: Timestamp.format(proof.blacklistCheckedAt), caps: proof.caps)
    }
}

/// One leased contact, as a dialer or sender receives it.
struct LeaseResource: Encodable, Sendable {
    var attempt: Int64
    var expiresAt: String
    /// The number in E.164, or the email address.
    var address: String
    var slot: String
    var `extension`: String?
    var message: String?
    var subject: String?
    var contact: ContactResource
    var evidence: AttemptResource.Evidence

    init(_ lease: Dispatch.Lease) {
        let attempt = AttemptResource(lease.attempt)
        self.attempt = lease.attempt.id
        expiresAt = attempt.expiresAt
        address = attempt.address
        slot = attempt.slot
        `extension` = lease.attempt.target.extension
        message = lease.message
        subject = lease.subject
        contact = ContactResource(lease.contact, listZone: lease.listZone)
        evidence = attempt.evidence
    }
}

/// What a result led to.
struct OutcomeResource: Encodable, Sendable {
    var attempt: AttemptResource
    /// The contact's state in the job: retry, callback, finished.
    var next: String
    var dueAt: String?
    var contactStatus: ContactStatus

    init(_ outcome: Dispatch.Outcome) {
        attempt = AttemptResource(outcome.attempt)
        next = outcome.state.rawValue
        dueAt = outcome.dueAt.map(Timestamp.format)
        contactStatus = outcome.contactStatus
    }
}
