import Hummingbird
import LeadlineCore

/// A background process as the API shows it.
struct ProcessResource: Encodable, Sendable {
    var id: Int64
    var listId: Int64
    var kind: ProcessKind
    var state: ProcessState
    var startedBy: String
    var scheduledAt: String
    var startedAt: String?
    var endedAt: String?
    var progress: Int
    var counts: ProcessCounts
    var fileName: String?
    /// Where the rejected rows or the export can be downloaded, when there is a file.
    var file: String?
    var details: String
    var cancelRequested: Bool
    var settings: SettingsResource
    var createdAt: String
    /// A pending process's place among its tenant's waiting processes (1 goes next; tenants take turns).
    var queuePlace: Int?

    init(_ process: ListProcess, queuePlace: Int? = nil) {
        self.queuePlace = queuePlace
        id = process.id
        listId = process.listID
        kind = process.kind
        state = process.state
        startedBy = process.actor
        scheduledAt = Timestamp.format(process.scheduledAt)
        startedAt = process.startedAt.map(Timestamp.format)
        endedAt = process.endedAt.map(Timestamp.format)
        progress = process.progress
        counts = process.counts
        fileName = process.fileName
        file = process.hasResultFile ? "/api/v1/processes/\(process.id)/file" : nil
        details = process.details
        cancelRequested = process.cancelRequested
        settings = SettingsResource(settings: process.settings)
        createdAt = Timestamp.format(process.createdAt)
    }
}

/// A process's settings as one object with its `kind` beside the settings of that kind, as the
/// request that started it wrote them.
struct SettingsResource: Encodable, Sendable {
    let settings: ProcessSettings

    enum CodingKeys: String, CodingKey { case kind }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(settings.kind, forKey: .kind)
        switch settings {
        case .import(let value): try value.encode(to: encoder)
        case .export(let value): try value.encode(to: encoder)
        case .delete(let value), .statusChange(let value): try value.encode(to: encoder)
        case .listOperation(let value): try value.encode(to: encoder)
        case .campaignExport(let value), .churn(let value): try value.encode(to: encoder)
        }
    }
}

extension JSONResponse {
    /// `202 Accepted` with a new process and where to follow it.
    static func accepted(_ process: ListProcess) throws -> Response {
        var response = try make(ProcessResource(process), status: .accepted)
        response.headers[.location] = "/api/v1/processes/\(process.id)"
        return response
    }
}
