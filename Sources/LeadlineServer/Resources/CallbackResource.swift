import LeadlineCore

struct CallbackResource: Encodable, Sendable {
    var id: Int64
    var campaignId: Int64
    var contactId: Int64
    var address: String?
    var dueAt: String
    var windowEnd: String
    var type: CallbackType
    var preference: CallbackPreference
    var agent: String?
    var lastAgent: String?
    var comment: String?
    var state: CallbackState
    var waitReason: WaitReason?
    var waitUntil: String?
    var madeByAttempt: Int64?
    var handledByAttempt: Int64?
    var closedReason: String?
    var createdBy: String
    var createdAt: String
    var updatedAt: String

    init(_ callback: Callback) {
        id = callback.id
        campaignId = callback.campaignID
        contactId = callback.contactID
        address = callback.address
        dueAt = Timestamp.format(callback.dueAt)
        windowEnd = Timestamp.format(callback.windowEndAt)
        type = callback.type
        preference = callback.preference
        agent = callback.targetAgent
        lastAgent = callback.lastAgent
        comment = callback.comment
        state = callback.state
        waitReason = callback.waitReason
        waitUntil = callback.waitUntil.map(Timestamp.format)
        madeByAttempt = callback.madeByAttempt
        handledByAttempt = callback.handledByAttempt
        closedReason = callback.closedReason
        createdBy = callback.createdBy
        createdAt = Timestamp.format(callback.createdAt)
        updatedAt = Timestamp.format(callback.updatedAt)
    }
}

/// A selection's callbacks as they stand after the change.
struct CallbacksResource: Encodable, Sendable {
    var items: [CallbackResource]
}

/// How many callbacks closing a campaign's callback sessions closed.
struct ClosedCallbacksResource: Encodable, Sendable {
    var closed: Int
}
