import LeadlineCore

struct CompletionCodeResource: Encodable, Sendable {
    var name: String
    var description: String
    var isResponse: Bool
    var closesContact: Bool
    var isRightPartyContact: Bool
    var isSystem: Bool

    init(_ code: CompletionCode) {
        name = code.name
        description = code.description
        isResponse = code.isResponse
        closesContact = code.closesContact
        isRightPartyContact = code.isRightPartyContact
        isSystem = code.isSystem
    }
}
