/// What the import rules do to one contact of the list. Pure: the store applies the outcome.
public enum ImportMerge {
    public enum Outcome: Sendable, Equatable {
        case unchanged
        case update(ContactContent)
        case delete
    }

    /// A contact in both the list and the file.
    public static func merge(
        existing: ContactContent, input: ContactInput, file: ContactContent, rules: ImportRules, list: ContactList
    ) -> Outcome {
        var merged: ContactContent
        switch rules.mergeRule {
        case .doNothing: merged = existing
        case .activate: merged = activate(existing, phones: false)
        case .activateWithPhones: merged = activate(existing, phones: true)
        case .inactivate: merged = inactivate(existing)
        case .delete: return isInProgress(existing) ? .unchanged : .delete
        case .append: merged = append(file, to: existing)
        case .replace: merged = file
        case .updateFields: merged = (try? ContactRules.update(input, current: existing, list: list)) ?? existing
        }
        if rules.resetReuploaded {
            merged.status = .remaining
            for index in merged.phones.indices { merged.phones[index].retryCount = 0 }
        }
        return merged == existing ? .unchanged : .update(merged)
    }

    /// A later row of the file for a contact an earlier row made: the cells it fills win, the
    /// parts it leaves empty keep what the earlier row gave.
    public static func laterRow(_ input: ContactInput, over earlier: ContactContent, list: ContactList) -> ContactContent {
        (try? ContactRules.update(input, current: earlier, list: list)) ?? earlier
    }

    /// A contact only in the list.
    public static func update(existing: ContactContent, rule: ImportRules.UpdateRule) -> Outcome {
        let updated: ContactContent
        switch rule {
        case .doNothing: return .unchanged
        case .activate: updated = activate(existing, phones: false)
        case .activateWithPhones: updated = activate(existing, phones: true)
        case .inactivate: updated = inactivate(existing)
        case .delete: return isInProgress(existing) ? .unchanged : .delete
        }
        return updated == existing ? .unchanged : .update(updated)
    }

    /// A contact being dialled or waiting for its callback is never deleted or re-statused by an import.
    public static func isInProgress(_ content: ContactContent) -> Bool {
        content.status == .processing || content.status == .callback
    }

    /// Remaining again, unless it is remaining, in progress or has a callback; with `phones`, its
    /// numbers active with no retries, except blocked and excluded ones.
    static func activate(_ content: ContactContent, phones: Bool) -> ContactContent {
        var result = content
        if ![.remaining, .processing, .callback].contains(content.status) { result.status = .remaining }
        if phones {
            for index in result.phones.indices where ![.blocked, .excluded].contains(result.phones[index].state) {
                result.phones[index].state = .active
                result.phones[index].retryCount = 0
            }
        }
        return result
    }

    /// Inactive, unless it is inactive already, in progress or has a callback.
    static func inactivate(_ content: ContactContent) -> ContactContent {
        var result = content
        if ![.inactive, .processing, .callback].contains(content.status) { result.status = .inactive }
        return result
    }

    /// The file's numbers and emails the contact lacks, up to the limits, and the parts it has empty.
    static func append(_ file: ContactContent, to existing: ContactContent) -> ContactContent {
        var result = existing
        for phone in file.phones where !result.phones.contains(where: { $0.e164 == phone.e164 && $0.raw == phone.raw })
            && result.phones.count < ContactContent.maximumPhones
        {
            result.phones.append(phone)
        }
        for email in file.emails where !result.emails.contains(email) && result.emails.count < ContactContent.maximumEmails {
            result.emails.append(email)
        }
        result.externalID = result.externalID ?? file.externalID
        result.firstName = result.firstName ?? file.firstName
        result.lastName = result.lastName ?? file.lastName
        result.timeZone = result.timeZone ?? file.timeZone
        result.state = result.state ?? file.state
        result.custom.merge(file.custom) { current, _ in current }
        return result
    }
}
