import Foundation
import LeadlineCore
import SQLKit

struct SQLListOperationRepository: ListOperationRepository {
    let database: Database
    let clock: @Sendable () -> Date

    func apply(_ operation: ListOperation, to request: BatchRequest) async throws -> BulkBatch? {
        let now = Millis.from(clock())
        let engine = database.engine
        return try await database.write { sql in
            var lists: [Int64: ContactList] = [:]
            for id in operation.sources {
                lists[id] = try await SQLListRepository.require(sql, id: id, tenantID: request.tenantID, writing: operation.touchesSources)
            }
            if let id = operation.destination {
                lists[id] = try await SQLListRepository.writable(sql, id: id, tenantID: request.tenantID)
            }
            let selected = try await ContactWalk.next(
                lists: operation.sources, after: request.afterID, limit: request.limit, filter: request.filter, engine: engine, on: sql)
            guard let last = selected.last else { return nil }
            var counts = ProcessCounts()
            counts.read = selected.count
            // A copy leaves its sources as they are, so it may take contacts in progress too.
            var (free, skipped) = operation.touchesSources ? InProgress.partition(selected) : (selected, [:])
            counts.skipped = selected.count - free.count
            if let match = operation.excludeMatch, !operation.excludeLists.isEmpty {
                let before = free.count
                free = try await Self.withoutExcluded(free, lists: operation.excludeLists, match: match, schema: lists, engine: engine, on: sql)
                counts.excluded = before - free.count
            }
            var touched = free
            switch operation.action {
            case .remove:
                try await ContactDeletions.delete(
                    free, because: .init(processID: request.processID, actor: request.actor, filter: request.filterText), at: now, on: sql)
                counts.deleted = free.count
            case .updateFields, .reset:
                var updates: [ContactWrites.Update] = []
                for contact in free {
                    let list = lists[contact.listID]!
                    let content: ContactContent
                    if operation.action == .reset {
                        content = ListOperationChange.reset(contact.content)
                    } else {
                        do {
                            content = try ListOperationChange.update(contact.content, fields: operation.fields ?? [:], list: list)
                        } catch {
                            counts.rejected += 1
                            continue
                        }
                    }
                    if content != contact.content { updates.append(.init(before: contact, content: content, keys: ContactKey.all(of: content, list: list))) }
                }
                try await ContactWrites.update(updates, actor: request.actor, at: now, on: sql)
                if operation.action == .reset {
                    for chunk in free.map(\.id).chunked(by: ContactWrites.rowsPerStatement) {
                        try await sql.raw("""
                            UPDATE contacts SET last_completion_code = NULL, attempts = 0, retry_at = NULL,
                                attempts_left = \(bind: operation.attemptsLeft) WHERE id IN (\(binds: Array(chunk)))
                            """).run()
                    }
                    counts.updated = free.count
                } else {
                    counts.updated = updates.count
                    counts.unchanged = free.count - updates.count - counts.rejected
                    touched = updates.map(\.before)
                }
            case .copy, .move:
                let destination = lists[operation.destination!]!
                var merging = free
                var moved: [Contact] = []
                if operation.action == .move {
                    (moved, merging) = try await Self.movableInPlace(free, to: destination, on: sql)
                    try await Self.move(moved, to: destination, actor: request.actor, at: now, on: sql)
                }
                let (applied, planCounts) = try await Self.copy(merging, into: destination, mergeRule: operation.mergeRule, actor: request.actor, at: now, on: sql)
                counts.inserted = planCounts.inserted + moved.count
                counts.updated = planCounts.updated
                counts.unchanged = planCounts.unchanged
                counts.duplicates = planCounts.duplicates
                counts.rejected = planCounts.rejected
                if operation.action == .move {
                    // A contact merged into one the destination holds leaves its list; the backup holds it.
                    try await ContactWrites.delete(applied.map(\.id), on: sql)
                    counts.deleted = applied.count
                }
                touched = moved + applied
            }
            try await ProcessCountsSQL.add(counts, progress: request.progress, to: request.processID, at: now, on: sql)
            return BulkBatch(lastID: last.id, touched: touched, counts: counts, skipped: skipped)
        }
    }

    /// The contacts that can move to `destination` as they are — they fit its fields and share no
    /// key with a contact there or another of the batch — and the others, which merge.
    private static func movableInPlace(
        _ contacts: [Contact], to destination: ContactList, on sql: any SQLDatabase
    ) async throws -> (movable: [Contact], merging: [Contact]) {
        let keys = contacts.map { ContactKey.all(of: $0.content, list: destination) }
        let held = try await SQLImportRepository.contacts(holding: Set(keys.joined()), listID: destination.id, on: sql)
        var uses: [ContactKey: Int] = [:]
        for key in keys.joined() { uses[key, default: 0] += 1 }
        var movable: [Contact] = []
        var merging: [Contact] = []
        for (contact, contactKeys) in zip(contacts, keys) {
            let fits = contact.content.custom.keys.allSatisfy { destination.field(named: $0) != nil }
                && (try? ContactRules.create(ListOperationChange.input(from: contact.content, for: destination), list: destination)) != nil
            let alone = contactKeys.allSatisfy { held[$0] == nil && uses[$0] == 1 }
            if fits && alone { movable.append(contact) } else { merging.append(contact) }
        }
        return (movable, merging)
    }

    /// Moves contacts to another list keeping their ids and history: a new list, the keys under
    /// it, and a `moved` event.
    private static func move(_ contacts: [Contact], to destination: ContactList, actor: String, at now: Int64, on sql: any SQLDatabase) async throws {
        guard !contacts.isEmpty else { return }
        for chunk in contacts.map(\.id).chunked(by: ContactWrites.rowsPerStatement) {
            let ids = Array(chunk)
            try await sql.raw("DELETE FROM contact_keys WHERE contact_id IN (\(binds: ids))").run()
            try await sql.raw("""
                UPDATE contacts SET list_id = \(bind: destination.id), version = version + 1, updated_at = \(bind: now) WHERE id IN (\(binds: ids))
                """).run()
        }
        try await ContactWrites.insertKeys(
            contacts.flatMap { contact in ContactKey.all(of: contact.content, list: destination).map { (contact.id, $0) } }, listID: destination.id, on: sql)
        let events = try contacts.map { contact in
            (contact.id, HistoryKind.moved, try JSONText.encode([Change(field: "listId", from: .integer(contact.listID), to: .integer(destination.id))]))
        }
        try await ContactWrites.record(events, actor: actor, at: now, on: sql)
    }

    /// Copies `contacts` into `destination` the way an import of them would: deduplicated by the
    /// destination's key, merged by `mergeRule`. The contacts that landed, and the plan's counts.
    private static func copy(
        _ contacts: [Contact], into destination: ContactList, mergeRule: ImportRules.MergeRule, actor: String, at now: Int64, on sql: any SQLDatabase
    ) async throws -> ([Contact], ProcessCounts) {
        var rows: [ImportPlan.Row] = []
        var rowContacts: [Int: Contact] = [:]
        var rejected = 0
        for (index, contact) in contacts.enumerated() {
            let input = ListOperationChange.input(from: contact.content, for: destination)
            guard let content = try? ContactRules.create(input, list: destination) else {
                rejected += 1
                continue
            }
            // Lines number the rows so the plan's rejections point back at their contacts.
            rows.append(ImportPlan.Row(line: index + 1, input: input, content: content))
            rowContacts[index + 1] = contact
        }
        let keys = Set(rows.flatMap { ContactKey.all(of: $0.content, list: destination) })
        let existing = try await SQLImportRepository.contacts(holding: keys, listID: destination.id, on: sql)
        var plan = ImportPlan.plan(
            rows, existing: existing, seen: [], insertedAbove: Int64.max, rules: ImportRules(mergeRule: mergeRule), list: destination)
        try await ContactWrites.delete(plan.deletes.map(\.id), on: sql)
        try await ContactWrites.update(
            plan.updates.map { .init(before: $0.before, content: $0.content, keys: ContactKey.all(of: $0.content, list: destination)) },
            actor: actor, at: now, on: sql)
        _ = try await ContactWrites.insert(plan.inserts, into: destination, actor: actor, kind: .imported, at: now, on: sql)
        plan.counts.rejected += rejected
        let refused = Set(plan.rejected.map(\.line))
        let landed = rows.filter { !refused.contains($0.line) }.compactMap { rowContacts[$0.line] }
        return (landed, plan.counts)
    }

    /// `contacts` without those whose `match` value a contact of `lists` holds.
    private static func withoutExcluded(
        _ contacts: [Contact], lists: [Int64], match: String, schema: [Int64: ContactList], engine: Engine, on sql: any SQLDatabase
    ) async throws -> [Contact] {
        let subject: FilterSubject
        let values: (Contact) -> [String]
        switch match {
        case "phone":
            subject = .phone
            values = { $0.content.phones.map(\.e164).filter { !$0.isEmpty } }
        case "email":
            subject = .email
            values = { $0.content.emails.map { $0.lowercased() } }
        case "external_id":
            subject = .externalID
            values = { $0.content.externalID.map { [$0] } ?? [] }
        default:
            guard let field = schema.values.lazy.compactMap({ $0.field(named: match) }).first else {
                throw ValidationFailure(field: "excludeMatch", reason: "'\(match.prefix(64))' is neither phone, email, external_id nor a field of the source lists")
            }
            subject = .custom(name: field.name, type: field.type)
            values = { contact in
                guard case .string(let text)? = contact.content.custom[field.name] else { return [] }
                return [text]
            }
        }
        let wanted = Set(contacts.flatMap(values))
        guard !wanted.isEmpty else { return contacts }
        let (rows, value) = FilterSQL(engine: engine).values(of: subject)
        let source: SQLQueryString = rows.map { "contacts c, " + $0 } ?? "contacts c"
        var present: Set<String> = []
        for chunk in Array(wanted).chunked(by: ContactWrites.rowsPerStatement) {
            let found = try await sql.raw("SELECT DISTINCT " + value + " AS v FROM " + source
                + " WHERE c.list_id IN (\(binds: lists)) AND " + value + " IN (\(binds: Array(chunk)))").all()
            for row in found { if let text = try row.decode(column: "v", as: String?.self) { present.insert(text) } }
        }
        return contacts.filter { contact in !values(contact).contains(where: present.contains) }
    }
}
