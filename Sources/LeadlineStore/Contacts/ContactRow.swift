import LeadlineCore
import SQLKit

/// How a contact maps to its row: JSON documents for the many-valued parts, and the lowercased
/// text the substring indexes search.
enum ContactRow {
    static let columns = """
        c.id, c.tenant_id, c.list_id, c.external_id, c.first_name, c.last_name, c.emails, c.phones, c.time_zone, c.state,
        c.priority, c.status, c.reason_codes, c.custom, c.version, c.created_at, c.updated_at, c.retry_at
        """

    static func contact(_ row: any SQLRow) throws -> Contact {
        let status = try row.decode(column: "status", as: String.self)
        return Contact(
            id: try row.decode(column: "id", as: Int64.self),
            listID: try row.decode(column: "list_id", as: Int64.self),
            tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            content: ContactContent(
                externalID: try row.decode(column: "external_id", as: String?.self),
                firstName: try row.decode(column: "first_name", as: String?.self),
                lastName: try row.decode(column: "last_name", as: String?.self),
                emails: try JSONDocument.strings(try row.decode(column: "emails", as: String.self)),
                phones: try JSONDocument.phones(try row.decode(column: "phones", as: String.self)),
                timeZone: try row.decode(column: "time_zone", as: String?.self),
                state: try row.decode(column: "state", as: String?.self),
                priority: try row.decode(column: "priority", as: Int.self),
                status: ContactStatus(rawValue: status) ?? .inactive,
                reasonCodes: try JSONDocument.strings(try row.decode(column: "reason_codes", as: String.self)),
                custom: try JSONDocument.object(try row.decode(column: "custom", as: String.self))),
            version: try row.decode(column: "version", as: Int.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)),
            retryAt: try row.decode(column: "retry_at", as: Int64?.self).map(Millis.date))
    }

    /// `first last`, lowercased.
    static func searchName(_ content: ContactContent) -> String {
        SearchText.name(first: content.firstName, last: content.lastName)
    }

    /// The digits of every number, space-separated, so a partial number matches inside one of them.
    static func searchPhones(_ content: ContactContent) -> String {
        content.phones.filter { !$0.e164.isEmpty }.map { String($0.e164.dropFirst()) }.joined(separator: " ")
    }

    static func searchEmails(_ content: ContactContent) -> String {
        content.emails.joined(separator: " ").lowercased()
    }
}
