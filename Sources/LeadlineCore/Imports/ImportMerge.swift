/// What the import rules do to one contact of the list. Pure: the store applies the outcome.
public enum ImportMerge {
    public enum Outcome: Sendable, Equatable {
        case unchanged
        case update(ContactContent)
        case delete
    }

    /// A contact in both the list and the file.
    public static func merge(existing: ContactContent, row: ImportPlan.Row, rules: ImportRules, list: ContactList) -> Outcome {
        let file = row.content
        var merged: ContactContent
        switch rules.mergeRule {
        case .doNothing: merged = existing
        case .activate: merged = activate(existing, phones: false)
        case .activateWithPhones: merged = activate(existing, phones: true)
        case .inactivate: merged = inactivate(existing)
        case .delete: return isInProgress(existing) ? .unchanged : .delete
        case .append: merged = append(file, to: existing)
        case .replace: merged = file
        case .updateFields: merged = (try? ContactRules.update(input(of: row, over: existing, rules: rules), current: existing, list: list)) ?? existing
        }
        if rules.resetReuploaded {
            merged.status = .remaining
            for index in merged.phones.indices { merged.phones[index].retryCount = 0 }
        }
        return merged == existing ? .unchanged : .update(merged)
    }

    /// A later row of the file for a contact an earlier row made: the cells it fills win, the
    /// parts it leaves empty keep what the earlier row gave.
    public static func laterRow(_ row: ImportPlan.Row, over earlier: ContactContent, rules: ImportRules, list: ContactList) -> ContactContent {
        (try? ContactRules.update(input(of: row, over: earlier, rules: rules), current: earlier, list: list)) ?? earlier
    }

    /// What a row writes over `current`. When empty cells keep values, its numbers and
    /// addresses take only the places their columns name (`phone2` the second), the contact's
    /// others staying, and a number it already has elsewhere is not written twice.
    public static func input(of row: ImportPlan.Row, over current: ContactContent, rules: ImportRules) -> ContactInput {
        guard rules.emptyCells == .keep else { return row.input }
        var input = row.input
        if let phones = input.phones, !phones.isEmpty {
            func key(_ phone: PhoneNumber) -> String { phone.e164.isEmpty ? "raw:" + phone.raw : phone.e164 }
            let current = current.phones.map { (PhoneInput(number: $0.raw, type: $0.type), key($0)) }
            let file = phones.indices.map { (phones[$0], key(row.content.phones[$0])) }
            input.phones = placed(file, at: row.phoneSlots, over: current)
        }
        if let emails = input.emails, !emails.isEmpty {
            input.emails = placed(row.content.emails.map { ($0, $0) }, at: row.emailSlots, over: current.emails.map { ($0, $0) })
        }
        return input
    }

    /// `current`'s values in their places (the first is place 1), with each of `file`'s put in
    /// the place its slot names and taken from any other place that held the same value.
    private static func placed<Value>(_ file: [(Value, String)], at slots: [Int], over current: [(Value, String)]) -> [Value] {
        var places = Dictionary(uniqueKeysWithValues: current.enumerated().map { ($0.offset + 1, $0.element) })
        for ((value, key), slot) in zip(file, slots) {
            for (place, held) in places where held.1 == key { places[place] = nil }
            places[slot] = (value, key)
        }
        return places.sorted { $0.key < $1.key }.map(\.value.0)
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
