import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineStore
import LeadlineTestSupport

/// The least any import into Leadline's tables can cost on an engine: the database's own loader
/// puts the file into a bare table, then plain SQL copies the rows into a new list's contacts with
/// their dedup key, a history event and the search index, with no reading of numbers, no checks
/// and no Swift in the way. An import that validates cannot beat this time; it says whether a goal
/// set against the bare loader alone can be met with these tables at all.
struct SchemaFloor {
    let engine: Engine
    let path: String
    let scratch: String

    /// Seconds for the loader plus the copy into the tables; the copy alone.
    func seconds() async throws -> (total: Double, copy: Double) {
        let location: DatabaseLocation = engine == .sqlite
            ? .sqlite(path: "\(scratch)/floor.sqlite")
            : .postgres(url: try await PostgresServer.shared.createDatabase())
        let database = try await Database.open(location)
        let store = Store(database: database)
        let tenant = try await store.tenants.create(name: "floor")
        let list = try await store.lists.create(ListSettings(name: "Floor", defaultRegion: "US"), tenantID: tenant.id)
        await database.close()
        defer { if case .sqlite(let file) = location { TestStore.removeSQLite(file) } }

        let columns = LeadFile.header.map { "\($0) TEXT" }.joined(separator: ", ")
        let load: String
        let program: [String]
        switch location {
        case .sqlite(let file):
            load = ".mode csv\n.import --skip 1 \(path) bare"
            program = ["sqlite3", file]
        case .postgres(let url):
            load = "\\copy bare FROM '\(path)' WITH (FORMAT csv, HEADER true)"
            program = ["psql", url, "-q", "-v", "ON_ERROR_STOP=1"]
        }
        let loadOnly = "CREATE TABLE bare (\(columns));\n\(load)\n"
        let loaded = try run(program, script: loadOnly)
        let both = try run(program, script: "DROP TABLE bare;\n" + loadOnly + copy(tenantID: tenant.id, listID: list.id))
        return (both, both - loaded)
    }

    private func run(_ program: [String], script: String) throws -> Double {
        let file = "\(scratch)/floor.sql"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        let start = ContinuousClock.now
        let result = try Subprocess.run(program, input: file)
        guard result.status == 0, !result.output.contains("ERROR"), !result.output.contains("Error") else { throw ValidationError("\(program[0]) failed: \(result.output.prefix(500))") }
        return (ContinuousClock.now - start).seconds
    }

    /// The rows of `bare` into the list, as an import of them would store them.
    private func copy(tenantID: Int64, listID: Int64) -> String {
        let sqlite = engine == .sqlite
        let array = sqlite ? "json_array" : "json_build_array"
        let object = sqlite ? "json_object" : "json_build_object"
        let asText = sqlite ? "" : "::text"
        let custom = LeadFile.customFields.map { "'\($0.name)', \($0.name)" }.joined(separator: ", ")
        return """
            BEGIN;
            INSERT INTO contacts (tenant_id, list_id, external_id, first_name, last_name, emails, phones, time_zone, state, priority,
                status, reason_codes, custom, search_name, search_phones, search_emails, version, created_at, updated_at)
            SELECT \(tenantID), \(listID), account_id, first_name, last_name, \(array)(email)\(asText),
                \(array)(phone1, phone2, phone3)\(asText), NULL, state, 0, 'remaining', '[]', \(object)(\(custom))\(asText),
                lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '')),
                coalesce(phone1, '') || ' ' || coalesce(phone2, '') || ' ' || coalesce(phone3, ''), lower(coalesce(email, '')), 1, 0, 0
            FROM bare;
            INSERT INTO contact_keys (list_id, kind, value, contact_id)
            SELECT \(listID), 'external_id', external_id, MIN(id) FROM contacts WHERE list_id = \(listID) AND external_id IS NOT NULL GROUP BY external_id;
            INSERT INTO contact_history (contact_id, at, actor, kind, changes)
            SELECT id, 0, 'floor', 'imported', '[]' FROM contacts WHERE list_id = \(listID);
            COMMIT;

            """
    }
}
