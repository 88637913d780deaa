import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineStore

/// Writes a list's contacts as delimited text, a batch of contacts at a time, so an export of
/// any size streams in constant memory: to a file for an export process, or straight to a client.
public struct ContactExport: Sendable {
    public let listID: Int64
    public let tenantID: Int64
    public let settings: ExportSettings
    private let dialect: CSVDialect

    /// Contacts read per query.
    static let batchSize = 2000

    /// Checks the settings before any byte is written.
    public init(listID: Int64, tenantID: Int64, settings: ExportSettings) throws(ValidationFailure) {
        var issues = IssueCollector()
        let separator = CSVDialect.separator(named: settings.separator)
        if separator == nil { issues.add("separator", "'\(settings.separator.prefix(20))' is not a separator; use , ; : | tab or space") }
        let encoding = TextEncoding(rawValue: settings.encoding)
        if encoding == nil || encoding == .utf16BE || encoding == .windows1252 {
            issues.add("encoding", "must be utf8, utf8-bom (for spreadsheet programs) or utf16le")
        }
        try issues.check()
        self.listID = listID
        self.tenantID = tenantID
        self.settings = settings
        dialect = CSVDialect(separator: separator!, hasHeader: settings.header, encoding: encoding!)
    }

    /// Writes the whole export through `emit`, in chunks of about a megabyte; the contacts written.
    /// `shouldStop` is asked between batches.
    @discardableResult
    public func write(
        store: Store, now: Date = Date(), emit: (inout [UInt8]) async throws -> Void, shouldStop: () async throws -> Bool = { false }
    ) async throws -> Int {
        guard let list = try await store.lists.find(id: listID, tenantID: tenantID) else {
            throw DomainError.notFound("list \(listID) does not exist")
        }
        let filter = try checkedFilter(of: list, now: now)
        let columns: [ExportColumn]
        if let names = settings.fields {
            columns = try ExportColumn.named(names, in: list)
        } else {
            let widest = try await store.contacts.widest(listID: listID, tenantID: tenantID)
            columns = ExportColumn.all(of: list, emails: widest.emails, phones: widest.phones)
        }
        var writer = CSVWriter(dialect: dialect)
        var output: [UInt8] = []
        output.reserveCapacity(1 << 20 + 4096)
        if settings.header { writer.write(columns.map(\.description), into: &output) }
        var after: Int64 = 0
        var written = 0
        while true {
            let contacts = try await store.contacts.batch(
                listID: listID, tenantID: tenantID, statuses: settings.statuses, filter: filter, after: after, limit: Self.batchSize)
            guard let last = contacts.last else { break }
            for contact in contacts {
                writer.write(columns.lazy.map { $0.cell(of: contact) }, into: &output)
                if output.count >= 1 << 20 { try await emit(&output) }
            }
            written += contacts.count
            after = last.id
            if try await shouldStop() { break }
        }
        if !output.isEmpty || written == 0 { try await emit(&output) }
        return written
    }

    /// The export's filter checked against the list's fields; a bad one fails before any byte.
    public func checkedFilter(of list: ContactList, now: Date) throws(ValidationFailure) -> CheckedFilter? {
        guard let filter = settings.filter else { return nil }
        return try FilterCheck.check(try FilterJSON.read(filter), fields: list.schema, defaultRegion: list.settings.defaultRegion, now: now)
    }
}
