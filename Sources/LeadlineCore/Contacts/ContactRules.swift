import Foundation

/// How contact input becomes a valid contact of a list: the checks of every part, the defaults,
/// and the phone-number edit rule. Pure: the store calls it inside its transaction.
public enum ContactRules {
    public static let maximumReasonCodes = 20
    public static let maximumTextLength = 100

    /// A new contact of `list` from `input`.
    public static func create(_ input: ContactInput, list: ContactList) throws(ValidationFailure) -> ContactContent {
        var folded = Folded()
        let content = try apply(input, to: ContactContent(), previousPhones: [], list: list, folding: false, folded: &folded)
        try requireDedupKey(content, list: list)
        return content
    }

    /// The numbers and addresses of an input that repeat an earlier one, by position.
    public struct Folded: Sendable, Equatable {
        public var phones: [Int] = []
        public var emails: [Int] = []
        public var count: Int { phones.count + emails.count }
    }

    /// A new contact from a file row: a number or address the row repeats in a second column
    /// (in another format) is dropped rather than refused, and `input` loses it too, so that
    /// the rules applied to it later see the row as stored. Two writings of one number with
    /// different extensions are two lines, and still refused.
    public static func createFoldingRepeats(_ input: inout ContactInput, list: ContactList) throws(ValidationFailure) -> (ContactContent, Folded) {
        var folded = Folded()
        let content = try apply(input, to: ContactContent(), previousPhones: [], list: list, folding: true, folded: &folded)
        try requireDedupKey(content, list: list)
        if !folded.phones.isEmpty, let phones = input.phones {
            input.phones = phones.enumerated().filter { !folded.phones.contains($0.offset) }.map(\.element)
        }
        if !folded.emails.isEmpty, let emails = input.emails {
            input.emails = emails.enumerated().filter { !folded.emails.contains($0.offset) }.map(\.element)
        }
        return (content, folded)
    }

    /// The contact after `input` is applied to `current`.
    ///
    /// A number that was already on the contact keeps its state and retry count unless the input
    /// sets a state; an edited or new number starts `active` with retry count 0.
    public static func update(_ input: ContactInput, current: ContactContent, list: ContactList) throws(ValidationFailure) -> ContactContent {
        var folded = Folded()
        let content = try apply(input, to: current, previousPhones: current.phones, list: list, folding: false, folded: &folded)
        try requireDedupKey(content, list: list)
        return content
    }

    private static func apply(
        _ input: ContactInput, to current: ContactContent, previousPhones: [PhoneNumber], list: ContactList, folding: Bool,
        folded: inout Folded
    ) throws(ValidationFailure) -> ContactContent {
        let schema = list.schema
        var issues = IssueCollector()
        var content = current
        if let value = input.externalId { content.externalID = text(value, "externalId", &issues) }
        if let value = input.firstName { content.firstName = text(value, "firstName", &issues) }
        if let value = input.lastName { content.lastName = text(value, "lastName", &issues) }
        if let emails = input.emails { content.emails = normalizedEmails(emails, folding: folding, folded: &folded.emails, &issues) }
        if let phones = input.phones {
            content.phones = normalizedPhones(phones, previous: previousPhones, list: list, folding: folding, folded: &folded.phones, &issues)
        }
        if let zone = input.timeZone {
            if zone.isEmpty {
                content.timeZone = nil
            } else if TimeZone(identifier: zone) == nil {
                issues.add("timeZone", "'\(zone.prefix(64))' is not an IANA time zone such as America/New_York")
            } else {
                content.timeZone = zone
            }
        }
        if let state = input.state {
            if state.isEmpty {
                content.state = nil
            } else if let code = SubdivisionZones.isoCode(of: state) {
                content.state = code
            } else {
                issues.add("state", "'\(state.prefix(64))' is not a US state or Canadian province code such as TX, US-TX or CA-QC")
            }
        }
        if let priority = input.priority {
            if !(1...10).contains(priority) { issues.add("priority", "must be between 1 and 10") }
            content.priority = priority
        }
        if let status = input.status { content.status = status }
        if let codes = input.reasonCodes {
            if codes.count > maximumReasonCodes { issues.add("reasonCodes", "must hold at most \(maximumReasonCodes) codes") }
            for (index, code) in codes.enumerated() where code.isEmpty || code.count > 50 {
                issues.add("reasonCodes[\(index)]", "must be 1 to 50 characters")
            }
            content.reasonCodes = codes
        }
        if let custom = input.custom {
            for (name, value) in custom.sorted(by: { $0.key < $1.key }) {
                guard let field = schema.first(where: { $0.name == name }) else {
                    issues.add("custom.\(name.prefix(64))", "is not a field of this list")
                    continue
                }
                switch field.normalize(value) {
                case .success(.null): content.custom[name] = nil
                case .success(let stored): content.custom[name] = stored
                case .failure(let reason): issues.add("custom.\(name)", reason.description)
                }
            }
        }
        for field in schema where field.required && content.custom[field.name] == nil {
            if !issues.issues.contains(where: { $0.field == "custom.\(field.name)" }) {
                issues.add("custom.\(field.name)", "is required")
            }
        }
        try issues.check()
        return content
    }

    private static func requireDedupKey(_ content: ContactContent, list: ContactList) throws(ValidationFailure) {
        let key = list.settings.dedupKey
        guard ContactKey.values(of: content, key: key).isEmpty else { return }
        let field = switch key {
        case .externalID: "externalId"
        case .phone: "phones"
        case .email: "emails"
        case .field(let name): "custom.\(name)"
        }
        throw ValidationFailure(field: field, reason: "is required: it is the list's dedup key (\(key.rawValue))")
    }

    private static func text(_ value: String, _ field: String, _ issues: inout IssueCollector) -> String? {
        let trimmed = value.trimmingWhitespace
        if trimmed.count > maximumTextLength { issues.add(field, "must be at most \(maximumTextLength) characters") }
        if trimmed.containsControlCharacter {
            issues.add(field, "must not contain control characters or line breaks")
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func normalizedEmails(_ emails: [String], folding: Bool, folded: inout [Int], _ issues: inout IssueCollector) -> [String] {
        if emails.count > ContactContent.maximumEmails {
            issues.add("emails", "must hold at most \(ContactContent.maximumEmails) addresses")
        }
        var result: [String] = []
        for (index, email) in emails.enumerated() {
            guard let normalized = EmailAddress.normalized(email) else {
                issues.add("emails[\(index)]", "'\(email.prefix(100))' is not a valid email address")
                continue
            }
            // A file's second column often repeats the address in other capitals: the same mailbox to a person.
            if folding, result.contains(where: { $0.lowercased() == normalized.lowercased() }) {
                folded.append(index)
                continue
            }
            if result.contains(normalized) {
                issues.add("emails[\(index)]", "repeats \(normalized)")
            }
            result.append(normalized)
        }
        return result
    }

    /// Numbers read by the phone engine in the list's default region. An invalid number is an
    /// error naming it and the reason, unless the list keeps such numbers: then it stays, excluded.
    private static func normalizedPhones(
        _ phones: [PhoneInput], previous: [PhoneNumber], list: ContactList, folding: Bool, folded: inout [Int], _ issues: inout IssueCollector
    ) -> [PhoneNumber] {
        if phones.count > ContactContent.maximumPhones {
            issues.add("phones", "must hold at most \(ContactContent.maximumPhones) numbers")
        }
        let region = list.settings.defaultRegion.flatMap(PhoneNumberParser.shared.region)
        var result: [PhoneNumber] = []
        for (index, phone) in phones.enumerated() {
            let field = "phones[\(index)].number"
            let parsed = PhoneNumberParser.shared.parse(phone.number, in: region)
            guard let e164 = parsed.e164 else {
                let problem = parsed.problem ?? .notANumber
                if list.settings.keepInvalidNumbers {
                    if result.contains(where: { $0.e164.isEmpty && $0.raw == phone.number }) { issues.add(field, "repeats \(phone.number.prefix(40))") }
                    result.append(PhoneNumber(raw: phone.number, e164: "", type: phone.type ?? .unknown, state: .excluded, problem: problem))
                } else {
                    issues.add(field, "'\(phone.number.prefix(40))' \(problem)")
                }
                continue
            }
            if let earlier = result.firstIndex(where: { $0.e164 == e164 }) {
                let extensions = [result[earlier].extension, parsed.extension]
                if folding, extensions[0] == nil || extensions[1] == nil || extensions[0] == extensions[1] {
                    result[earlier].extension = result[earlier].extension ?? parsed.extension
                    folded.append(index)
                } else if let first = extensions[0], let second = extensions[1], first != second {
                    issues.add(field, "repeats \(e164) with another extension (\(first), then \(second))")
                } else {
                    issues.add(field, "repeats \(e164)")
                }
                continue
            }
            var number = previous.first(where: { $0.e164 == e164 }) ?? PhoneNumber(raw: phone.number, e164: e164)
            number.raw = phone.number
            number.type = phone.type ?? parsed.type
            number.extension = parsed.extension
            if let state = phone.state { number.state = state }
            result.append(number)
        }
        return result
    }
}
