import LeadlineCore
import LeadlineEngine

/// The answer of an import preview.
struct ImportPreviewResource: Encodable, Sendable {
    struct Column: Encodable, Sendable {
        var name: String
        var target: String?
    }

    struct Row: Encodable, Sendable {
        var line: Int
        /// The contact as it would be stored; absent when the row would be rejected.
        var contact: [String: JSONValue]?
        var errors: [RowError]
    }

    struct RowError: Encodable, Sendable {
        var column: String?
        var reason: String
    }

    var separator: String
    var header: Bool
    var encoding: String
    var columns: [Column]
    var rows: [Row]
    var unmappedColumns: [String]
    var proposedFields: [FieldResource]
    var region: String

    init(_ preview: ImportPreview) {
        separator = preview.separator
        header = preview.hasHeader
        encoding = preview.encoding
        columns = preview.columns.map { Column(name: $0.name, target: $0.target) }
        unmappedColumns = preview.unmappedColumns
        proposedFields = preview.proposedFields.map(FieldResource.init)
        region = preview.region
        rows = preview.rows.map { row in
            Row(line: row.line, contact: row.contact?.document, errors: row.issues.map { RowError(column: $0.column, reason: $0.reason) })
        }
    }
}
