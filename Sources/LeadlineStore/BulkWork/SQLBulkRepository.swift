import Foundation
import LeadlineCore
import SQLKit

struct SQLBulkRepository: BulkRepository {
    let database: Database
    let clock: @Sendable () -> Date

    func apply(_ work: BulkWork, listID: Int64, to request: BatchRequest) async throws -> BulkBatch? {
        let now = Millis.from(clock())
        let engine = database.engine
        return try await database.write { sql in
            let list = try await SQLListRepository.writable(sql, id: listID, tenantID: request.tenantID)
            let contacts = try await ContactWalk.next(
                lists: [list.id], after: request.afterID, limit: request.limit, filter: request.filter, engine: engine, on: sql)
            guard let last = contacts.last else { return nil }
            let (free, skipped) = InProgress.partition(contacts)
            var counts = ProcessCounts()
            counts.read = contacts.count
            counts.skipped = contacts.count - free.count
            var touched = free
            switch work {
            case .delete:
                try await ContactDeletions.delete(
                    free, because: .init(processID: request.processID, actor: request.actor, filter: request.filterText), at: now, on: sql)
                counts.deleted = free.count
            case .change(let change):
                let updates = free.compactMap { contact -> ContactWrites.Update? in
                    let content = change.apply(to: contact.content)
                    return content == contact.content ? nil : .init(before: contact, content: content, keys: ContactKey.all(of: content, list: list))
                }
                try await ContactWrites.update(updates, actor: request.actor, at: now, on: sql)
                counts.updated = updates.count
                counts.unchanged = free.count - updates.count
                touched = updates.map(\.before)
            }
            try await ProcessCountsSQL.add(counts, progress: request.progress, to: request.processID, at: now, on: sql)
            return BulkBatch(lastID: last.id, touched: touched, counts: counts, skipped: skipped)
        }
    }
}
