import LeadlineCore
import SQLKit

/// Optimistic concurrency: a write that names a version must name the current one.
enum Versioning {
    static func check(_ expected: Int?, current: Int) throws(DomainError) {
        if let expected, expected != current { throw .staleVersion(current: current) }
    }

    /// An update guarded by `version = read version` that wrote no row lost a race with another
    /// writer — on PostgreSQL transactions run side by side, so the check above is not enough.
    static func requireWritten(_ row: (any SQLRow)?, table: String, id: Int64, on sql: any SQLDatabase) async throws {
        guard row == nil else { return }
        let winner = try await sql.raw("SELECT version FROM \(unsafeRaw: table) WHERE id = \(bind: id)").first()
        guard let winner else { throw DomainError.notFound("\(table.dropLast()) \(id) does not exist") }
        throw DomainError.staleVersion(current: try winner.decode(column: "version", as: Int.self))
    }
}
