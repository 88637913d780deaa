/// Reads rows from an outside database into a CSV file; tests replace the live client.
public protocol ExternalQueryClient: Sendable {
    /// Runs `sql`, read-only, and writes its rows with a header of its column names to `path`; the rows written.
    func export(url: String, sql: String, to path: String) async throws -> Int
}
