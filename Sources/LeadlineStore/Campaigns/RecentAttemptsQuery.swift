import Foundation
import LeadlineCore
import SQLKit

/// The tenant's attempts since a moment on some contacts' numbers and on the contacts
/// themselves, in every campaign: what the rolling caps count, for a lease and for a forecast.
enum RecentAttemptsQuery {
    static func recent(of contacts: [Contact], tenantID: Int64, since: Date, on sql: any SQLDatabase) async throws -> [Int64: AttemptGate.RecentAttempts] {
        guard !contacts.isEmpty else { return [:] }
        let addresses = Set(contacts.flatMap { $0.content.phones.map(\.e164).filter { !$0.isEmpty } + $0.content.emails })
        var byAddress: [String: [Date]] = [:]
        var byContact: [Int64: [Date]] = [:]
        // Two indexed lookups rather than one OR, which would scan the tenant's attempts.
        let counted: SQLQueryString = "state <> 'expired' AND state <> 'released' AND leased_at > \(bind: Millis.from(since))"
        let rows = try await sql.raw("SELECT contact_id, address, leased_at FROM attempts WHERE tenant_id = \(bind: tenantID) AND address IN (\(binds: Array(addresses))) AND " + counted).all()
            + sql.raw("SELECT contact_id, address, leased_at FROM attempts WHERE contact_id IN (\(binds: contacts.map(\.id))) AND " + counted).all()
        var seen: Set<String> = []
        for row in rows {
            let at = Millis.date(try row.decode(column: "leased_at", as: Int64.self))
            // An attempt found by both its number and its contact counts once.
            guard seen.insert("\(try row.decode(column: "contact_id", as: Int64.self)) \(try row.decode(column: "address", as: String.self)) \(at.timeIntervalSince1970)").inserted else { continue }
            byAddress[try row.decode(column: "address", as: String.self), default: []].append(at)
            byContact[try row.decode(column: "contact_id", as: Int64.self), default: []].append(at)
        }
        return Dictionary(uniqueKeysWithValues: contacts.map { contact in
            let mine = Set(contact.content.phones.map(\.e164) + contact.content.emails)
            return (contact.id, AttemptGate.RecentAttempts(byAddress: byAddress.filter { mine.contains($0.key) }, byContact: byContact[contact.id] ?? []))
        })
    }
}
