import Foundation
import LeadlineCore

/// A tenant's saved imports, and the ones the scheduler finds due.
public protocol DataSourceRepository: Sendable {
    func create(_ input: DataSourceInput, tenantID: Int64, nextRunAt: Date?) async throws -> DataSource
    func list(tenantID: Int64) async throws -> [DataSource]
    func find(id: Int64, tenantID: Int64) async throws -> DataSource?
    func delete(id: Int64, tenantID: Int64) async throws
    /// Enabled sources whose next run is at or before `now`, of every tenant.
    func due(at now: Date) async throws -> [DataSource]
    /// Records a run and the next one; nil when the schedule has none left.
    func recordRun(id: Int64, at: Date, next: Date?) async throws
}
