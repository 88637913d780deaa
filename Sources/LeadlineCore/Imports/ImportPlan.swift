import Foundation

/// What one batch of file rows does to a list: the contacts to insert, update and delete, and
/// the rows rejected because a unique value belongs to another contact. Made by `plan`, pure,
/// from the rows and the list's contacts that hold any of their keys.
public struct ImportPlan: Sendable {
    /// A valid row of the file.
    public struct Row: Sendable {
        public var line: Int
        public var input: ContactInput
        public var content: ContactContent
        /// The file's phone and email column numbers (`phone2` is 2) of `input`'s numbers and
        /// addresses, in order, so that a row fills the places its columns name.
        public var phoneSlots: [Int]
        public var emailSlots: [Int]
        /// The time a `callback_at` column gives.
        public var callbackAt: Date?

        public init(
            line: Int, input: ContactInput, content: ContactContent, phoneSlots: [Int]? = nil, emailSlots: [Int]? = nil, callbackAt: Date? = nil
        ) {
            self.line = line
            self.callbackAt = callbackAt
            self.input = input
            self.content = content
            self.phoneSlots = phoneSlots ?? (0..<(input.phones?.count ?? 0)).map { $0 + 1 }
            self.emailSlots = emailSlots ?? (0..<(input.emails?.count ?? 0)).map { $0 + 1 }
        }

        /// The same row with the contact it makes replaced.
        func making(_ content: ContactContent) -> Row {
            var row = self
            row.content = content
            return row
        }
    }

    public struct Update: Sendable {
        public var before: Contact
        public var content: ContactContent
        /// The list the contact belongs to afterwards: its own, or this one when it is moved here.
        public var listID: Int64
    }

    /// Contacts of the tenant's other lists that hold a row's key, with their lists, for the
    /// options that update them there or move them here.
    public struct Elsewhere: Sendable {
        public var contacts: [ContactKey: Contact]
        public var lists: [Int64: ContactList]

        public init(contacts: [ContactKey: Contact] = [:], lists: [Int64: ContactList] = [:]) {
            self.contacts = contacts
            self.lists = lists
        }
    }

    public var inserts: [ContactContent] = []
    public var updates: [Update] = []
    public var deletes: [Contact] = []
    public var rejected: [(line: Int, issue: ImportedRow.RowIssue)] = []
    /// Contacts of the list that a row of this batch named for the first time in the file.
    public var matched: [Int64] = []
    public var counts = ProcessCounts()
    /// What the rows' `callback_at` cells made in the import's campaign.
    public var callbacks = CallbackTally()

    public struct CallbackTally: Sendable, Equatable {
        public var scheduled = 0
        /// Beyond the campaign's interval limit.
        public var refused = 0
        /// Rows whose contact the list's dedup key does not find.
        public var unmatched = 0
        public init() {}

        public static func + (left: CallbackTally, right: CallbackTally) -> CallbackTally {
            var sum = left
            sum.scheduled += right.scheduled
            sum.refused += right.refused
            sum.unmatched += right.unmatched
            return sum
        }
    }

    /// Plans `rows` against `existing` (every contact of the list holding a key of the rows, by
    /// key). Contacts with an id above `insertedAbove` were inserted by this same import, from
    /// earlier rows of the file, and `seen` holds those earlier rows matched: a row matching
    /// either is a duplicate within the file. When the last duplicate wins, the rows apply in file
    /// order — the merge rule for a contact the list had, the later row's cells over the earlier's
    /// for one this import made — so the same file gives the same list however often it is
    /// imported, and an import stopped midway and run again gives the list one whole run gives.
    public static func plan(
        _ rows: [Row], existing: [ContactKey: Contact], seen: Set<Int64>, insertedAbove: Int64, rules: ImportRules,
        list: ContactList, elsewhere: Elsewhere = Elsewhere()
    ) -> ImportPlan {
        var plan = ImportPlan()
        plan.counts.read = rows.count
        var contacts: [Int64: Contact] = Dictionary(existing.values.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Where each key lives once this batch is applied: an existing contact or a planned insert.
        var owners = Owners()
        for contact in contacts.values { owners.give(ContactKey.all(of: contact.content, list: list), to: .contact(contact.id)) }
        var updateIndex: [Int64: Int] = [:]
        var named: Set<Int64> = []
        var countedAsUpdated: Set<Int64> = []
        var movedOrUpdated: Set<Int64> = []
        for row in rows {
            let matchKeys = ContactKey.values(of: row.content, key: list.settings.dedupKey)
            let owner = matchKeys.lazy.compactMap { owners.byKey[$0] }.first
            switch owner {
            case .insert(let index)?:
                plan.counts.duplicates += 1
                guard rules.duplicates == .last else { continue }
                let content = ImportMerge.laterRow(row, over: plan.inserts[index], rules: rules, list: list)
                guard plan.claim(row.making(content), for: .insert(index), owners: &owners, list: list)
                else { continue }
                plan.inserts[index] = content
            case .contact(let id)?:
                let current = contacts[id]!
                let insertedHere = id > insertedAbove
                let duplicate = insertedHere || seen.contains(id) || named.contains(id)
                if duplicate {
                    plan.counts.duplicates += 1
                    guard rules.duplicates == .last else { continue }
                } else {
                    named.insert(id)
                    plan.matched.append(id)
                }
                let outcome: ImportMerge.Outcome =
                    insertedHere
                    ? .update(ImportMerge.laterRow(row, over: current.content, rules: rules, list: list))
                    : ImportMerge.merge(existing: current.content, row: row, rules: rules, list: list)
                switch outcome {
                case .unchanged:
                    if !duplicate { plan.counts.unchanged += 1 }
                case .delete:
                    plan.deletes.append(current)
                    owners.give([], to: .contact(id))
                    if !duplicate { plan.counts.deleted += 1 }
                case .update(let content):
                    guard content != current.content else {
                        if !duplicate { plan.counts.unchanged += 1 }
                        continue
                    }
                    guard plan.claim(row.making(content), for: .contact(id), owners: &owners, list: list) else { continue }
                    if let index = updateIndex[id] {
                        plan.updates[index].content = content
                    } else {
                        updateIndex[id] = plan.updates.count
                        plan.updates.append(Update(before: current, content: content, listID: current.listID))
                    }
                    if !duplicate {
                        plan.counts.updated += 1
                        countedAsUpdated.insert(id)
                    }
                    contacts[id]?.content = content
                }
            case nil:
                if let found = matchKeys.lazy.compactMap({ elsewhere.contacts[$0] }).first, let home = elsewhere.lists[found.listID],
                    rules.updateOtherLists || rules.moveFromOtherLists, !movedOrUpdated.contains(found.id)
                {
                    movedOrUpdated.insert(found.id)
                    if rules.moveFromOtherLists {
                        // Moved here with the file's data; values of fields this list lacks stay behind.
                        var current = found.content
                        current.custom = current.custom.filter { list.field(named: $0.key) != nil }
                        let content = (try? ContactRules.update(ImportMerge.input(of: row, over: current, rules: rules), current: current, list: list))
                            ?? row.content
                        guard plan.claim(row.making(content), for: .contact(found.id), owners: &owners, list: list)
                        else { continue }
                        plan.updates.append(Update(before: found, content: content, listID: list.id))
                    } else {
                        let input = ImportMerge.input(of: row, over: found.content, rules: rules)
                        guard let content = try? ContactRules.update(input, current: found.content, list: home) else {
                            plan.rejected.append((row.line, ImportedRow.RowIssue(column: nil, reason: "does not fit list \(home.id), where its contact \(found.id) is")))
                            plan.counts.rejected += 1
                            continue
                        }
                        if content == found.content {
                            plan.counts.unchanged += 1
                            continue
                        }
                        plan.updates.append(Update(before: found, content: content, listID: found.listID))
                    }
                    plan.counts.updated += 1
                    continue
                }
                guard rules.importRule == .append else {
                    plan.counts.unchanged += 1
                    continue
                }
                guard plan.claim(row, for: .insert(plan.inserts.count), owners: &owners, list: list) else { continue }
                plan.inserts.append(row.content)
                plan.counts.inserted += 1
            }
        }
        // A later row may have undone what an earlier one did: such a contact is not written.
        plan.updates.removeAll { update in
            guard update.content == update.before.content else { return false }
            if countedAsUpdated.contains(update.before.id) {
                plan.counts.updated -= 1
                plan.counts.unchanged += 1
            }
            return true
        }
        return plan
    }

    enum Owner: Hashable {
        case contact(Int64)
        case insert(Int)
    }

    /// Keys and their holders, both ways, so a holder's keys change without a scan.
    struct Owners {
        var byKey: [ContactKey: Owner] = [:]
        var keysOf: [Owner: [ContactKey]] = [:]

        mutating func give(_ keys: [ContactKey], to owner: Owner) {
            for key in keysOf[owner] ?? [] where byKey[key] == owner { byKey[key] = nil }
            for key in keys { byKey[key] = owner }
            keysOf[owner] = keys
        }
    }

    /// Gives `row`'s keys to `owner`, or rejects the row when another contact holds one of them
    /// (a unique field's value, say).
    private mutating func claim(_ row: Row, for owner: Owner, owners: inout Owners, list: ContactList) -> Bool {
        let keys = ContactKey.all(of: row.content, list: list)
        if let taken = keys.first(where: { owners.byKey[$0] != nil && owners.byKey[$0] != owner }) {
            let holder: String = switch owners.byKey[taken]! {
            case .contact(let id): "contact \(id)"
            case .insert: "an earlier row of this file"
            }
            rejected.append((row.line, ImportedRow.RowIssue(column: nil, reason: "\(taken.inputField) '\(taken.value.prefix(64))' belongs to \(holder)")))
            counts.rejected += 1
            return false
        }
        owners.give(keys, to: owner)
        return true
    }
}
