import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineStore

/// Do-not-contact entries in and out as CSV: a column `uri` (or `number` or `email`) and
/// optionally `medium`, `name`, `reason`, `expires`. Read and written a batch at a time, so a file
/// of millions of entries takes constant memory.
public enum BlacklistFile {
    public static let columns = ["uri", "medium", "name", "reason", "expires", "created_at", "created_by"]
    /// Entries per transaction.
    static let batchSize = 2000
    /// Rejected rows reported with their reasons; the rest are counted.
    public static let reportedRejects = 1000

    public struct Outcome: Sendable, Equatable {
        public var read = 0
        public var added = 0
        /// Rows for an entry already listed, whose name, reason and expiry they replaced.
        public var replaced = 0
        public var rejected = 0
        /// The first rejected rows: line and reason.
        public var rejects: [(line: Int, reason: String)] = []

        public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            lhs.read == rhs.read && lhs.added == rhs.added && lhs.replaced == rhs.replaced && lhs.rejected == rhs.rejected
                && lhs.rejects.map(\.line) == rhs.rejects.map(\.line) && lhs.rejects.map(\.reason) == rhs.rejects.map(\.reason)
        }
    }

    /// Adds the file's entries to the tenant's list; numbers without `+` are read in `region`.
    public static func importEntries(path: String, region: String?, tenantID: Int64, actor: String, store: Store) async throws -> Outcome {
        let region = try await store.tenants.defaultRegion(of: tenantID, unless: region)
        var reader = try CSVReader(source: try FileByteSource(path: path), hasHeader: true)
        var row = CSVRow()
        guard try reader.next(into: &row) else { throw CSVError.empty }
        let header = row.cells.map { $0.trimmingWhitespace.lowercased() }
        guard let uriColumn = header.firstIndex(where: { ["uri", "number", "phone", "email", "value"].contains($0) }) else {
            throw ValidationFailure(field: "header", reason: "needs a column uri (or number, phone, email); found \(header.prefix(20).joined(separator: ", "))")
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let (medium, name, reason, expires) = (column("medium"), column("name"), column("reason"), column("expires") ?? column("expires_at"))
        var outcome = Outcome()
        var batch: [BlacklistEntry.Input] = []
        func flush() async throws {
            guard !batch.isEmpty else { return }
            outcome.added += try await store.blacklist.add(batch, tenantID: tenantID, actor: actor)
            batch.removeAll(keepingCapacity: true)
        }
        while try reader.next(into: &row) {
            outcome.read += 1
            func cell(_ index: Int?) -> String? { index.flatMap { $0 < row.count ? undoNeutralized(row[$0]) : nil } }
            do {
                if let problem = row.problem { throw ValidationFailure(field: "row", reason: problem.description) }
                batch.append(try BlacklistEntry.Input.read(
                    uri: cell(uriColumn) ?? "", medium: cell(medium), name: cell(name), reason: cell(reason), expires: cell(expires),
                    defaultRegion: region))
            } catch let failure as ValidationFailure {
                outcome.rejected += 1
                if outcome.rejects.count < reportedRejects {
                    outcome.rejects.append((row.line, failure.issues.map { "\($0.field): \($0.reason)" }.joined(separator: "; ")))
                }
            }
            if batch.count >= batchSize { try await flush() }
        }
        try await flush()
        outcome.replaced = outcome.read - outcome.rejected - outcome.added
        return outcome
    }

    /// Writes every entry of the tenant through `emit`, in chunks of about a megabyte; the entries written.
    @discardableResult
    public static func exportEntries(tenantID: Int64, store: Store, emit: (inout [UInt8]) async throws -> Void) async throws -> Int {
        var writer = CSVWriter(dialect: CSVDialect(separator: UInt8(ascii: ","), hasHeader: true, encoding: .utf8))
        var output: [UInt8] = []
        writer.write(columns, into: &output)
        var cursor: Cursor?
        var written = 0
        repeat {
            let page = try await store.blacklist.search(nil, tenantID: tenantID, page: PageRequest(limit: PageRequest.maximumLimit, after: cursor))
            for entry in page.items {
                writer.write([
                    entry.uri.description, entry.medium.rawValue, entry.name, entry.reason, entry.expiresAt.map(Timestamp.format) ?? "",
                    Timestamp.format(entry.createdAt), entry.createdBy,
                ], into: &output)
                if output.count >= 1 << 20 { try await emit(&output) }
            }
            written += page.items.count
            cursor = page.nextCursor
        } while cursor != nil
        try await emit(&output)
        return written
    }

    /// A cell an export neutralized for spreadsheets (`'+1415*`) reads as what it was.
    static func undoNeutralized(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let second = cell.dropFirst().first, "=+-@".contains(second) else { return cell }
        return String(cell.dropFirst())
    }
}
