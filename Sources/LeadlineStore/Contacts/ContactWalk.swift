import LeadlineCore
import SQLKit

/// The walk of exports and bulk work: the next contacts of some lists after an id, in id order,
/// passing a filter and in some states.
enum ContactWalk {
    static func next(
        lists: [Int64], after afterID: Int64, limit: Int, filter: CheckedFilter?, statuses: [ContactStatus]? = nil,
        engine: Engine, on sql: any SQLDatabase
    ) async throws -> [Contact] {
        var conditions: [SQLQueryString] = ["c.list_id IN (\(binds: lists))", "c.id > \(bind: afterID)"]
        if let statuses { conditions.append("c.status IN (\(binds: statuses.map(\.rawValue)))") }
        if let filter { conditions.append(FilterSQL(engine: engine).condition(filter)) }
        return try await sql.raw("SELECT \(unsafeRaw: ContactRow.columns) FROM contacts c WHERE "
            + conditions.joined(separator: " AND ") + " ORDER BY c.id LIMIT \(bind: limit)").all().map(ContactRow.contact)
    }
}
