import Foundation
import LeadlineCore

struct DataSourceResource: Encodable, Sendable {
    var id: Int64
    var listId: Int64
    var name: String
    var location: DataSourceLocation
    var settings: ImportSettings?
    var export: ExportSettings?
    var schedule: ScheduleInput
    var enabled: Bool
    var nextRunAt: String?
    var lastRunAt: String?
    var createdAt: String

    init(_ source: DataSource) {
        id = source.id
        listId = source.listID
        name = source.name
        // The password of an external database is not shown again.
        if case .query(let url, let sql) = source.location, var components = URLComponents(string: url), components.password != nil {
            components.password = "****"
            location = .query(url: components.string ?? url, sql: sql)
        } else {
            location = source.location
        }
        switch source.settings {
        case .import(let imports): settings = imports
        case .export(let exports): export = exports
        // A data source only imports or exports: its input allows nothing else.
        case .delete, .statusChange, .listOperation, .campaignExport, .churn: break
        }
        schedule = source.schedule
        enabled = source.enabled
        nextRunAt = source.nextRunAt.map(Timestamp.format)
        lastRunAt = source.lastRunAt.map(Timestamp.format)
        createdAt = Timestamp.format(source.createdAt)
    }
}
