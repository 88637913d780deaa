import Foundation
import LeadlineCore

/// What a checked filter means, said once more in plain Swift over contacts in memory: the
/// conformance cases hold both engines' SQL to it.
struct FilterOracle {
    /// Values the contact model does not carry yet, set on rows by the test.
    var attempts: [Int64: Int64] = [:]
    var completionCodes: [Int64: String] = [:]

    func matches(_ filter: CheckedFilter, _ contact: Contact) -> Bool {
        switch filter {
        case .all(let parts): return parts.allSatisfy { matches($0, contact) }
        case .any(let parts): return parts.contains { matches($0, contact) }
        case .condition(let subject, let test):
            guard subject.isMultiValued else { return passes(test, one(subject, contact), kind: subject.kind) }
            let values = many(subject, contact)
            switch test {
            case .compare(.notEquals, let operand): return !values.contains { $0 == operand }
            case .isEmpty(let empty): return values.contains { $0 != .text("") } != empty
            default: return values.contains { passes(test, $0, kind: subject.kind) }
            }
        }
    }

    private func passes(_ test: CheckedTest, _ value: FilterOperand?, kind: FilterSubject.Kind) -> Bool {
        switch test {
        case .compare(.equals, let operand): value.map { equal($0, operand) } ?? false
        case .compare(.notEquals, let operand): value.map { !equal($0, operand) } ?? true
        case .compare(let comparison, let operand):
            value.map { value in
                switch comparison {
                case .less: less(value, operand)
                case .lessOrEqual: !less(operand, value)
                case .greater: less(operand, value)
                default: !less(value, operand)
                }
            } ?? false
        case .between(let low, let high): value.map { !less($0, low) && !less(high, $0) } ?? false
        case .oneOf(let operands): value.map { value in operands.contains { equal(value, $0) } } ?? false
        case .text(let match, let text):
            if case .text(let stored)? = value {
                switch match {
                case .contains: stored.lowercased().contains(text)
                case .beginsWith: stored.lowercased().hasPrefix(text)
                case .endsWith: stored.lowercased().hasSuffix(text)
                }
            } else {
                false
            }
        case .isEmpty(let empty): (value == nil || value == .text("")) == empty
        }
    }

    private func number(_ operand: FilterOperand) -> Double? {
        switch operand {
        case .integer(let number): Double(number)
        case .decimal(let number): number
        default: nil
        }
    }

    private func equal(_ a: FilterOperand, _ b: FilterOperand) -> Bool {
        if let x = number(a), let y = number(b) { return x == y }
        return a == b
    }

    private func less(_ a: FilterOperand, _ b: FilterOperand) -> Bool {
        if let x = number(a), let y = number(b) { return x < y }
        if case .text(let x) = a, case .text(let y) = b { return x < y }
        return false
    }

    private func one(_ subject: FilterSubject, _ contact: Contact) -> FilterOperand? {
        let content = contact.content
        func millis(_ date: Date) -> FilterOperand { .integer(Int64((date.timeIntervalSince1970 * 1000).rounded())) }
        switch subject {
        case .status: return .text(content.status.rawValue)
        case .priority: return .integer(Int64(content.priority))
        case .created: return millis(contact.createdAt)
        case .updated: return millis(contact.updatedAt)
        case .lastCompletionCode: return completionCodes[contact.id].map(FilterOperand.text)
        case .attempts: return .integer(attempts[contact.id] ?? 0)
        case .timeZone: return content.timeZone.map(FilterOperand.text)
        case .state: return content.state.map(FilterOperand.text)
        case .list: return .integer(contact.listID)
        case .externalID: return content.externalID.map(FilterOperand.text)
        case .firstName: return content.firstName.map(FilterOperand.text)
        case .lastName: return content.lastName.map(FilterOperand.text)
        case .custom(let name, _):
            switch content.custom[name] {
            case .string(let text)?: return .text(text)
            case .integer(let number)?: return .integer(number)
            case .decimal(let number)?: return .decimal(NSDecimalNumber(decimal: number).doubleValue)
            case .bool(let flag)?: return .boolean(flag)
            default: return nil
            }
        case .reasonCode, .phoneState, .phone, .email: return nil
        }
    }

    private func many(_ subject: FilterSubject, _ contact: Contact) -> [FilterOperand] {
        switch subject {
        case .reasonCode: contact.content.reasonCodes.map(FilterOperand.text)
        case .email: contact.content.emails.map { .text($0.lowercased()) }
        case .phone: contact.content.phones.map { .text($0.e164) }
        case .phoneState: contact.content.phones.map { .text($0.state.rawValue) }
        default: []
        }
    }
}
