import LeadlineCore
import SQLKit

extension Migration {
    /// Names are searched folded (no case, accents or punctuation) with each word after a space,
    /// so every contact's search text is written again; the search index follows by its triggers.
    static let m011NamesSearchedAsTyped = Migration(
        version: 11, name: "names searched as people type them", sqlite: [], postgres: [],
        rewrite: { sql in
            var after: Int64 = 0
            while true {
                let rows = try await sql.raw("""
                    SELECT id, first_name, last_name FROM contacts WHERE id > \(bind: after) ORDER BY id LIMIT 2000
                    """).all()
                guard let last = rows.last else { return }
                after = try last.decode(column: "id", as: Int64.self)
                var cases: [SQLQueryString] = []
                var ids: [Int64] = []
                for row in rows {
                    let id = try row.decode(column: "id", as: Int64.self)
                    let name = SearchText.name(
                        first: try row.decode(column: "first_name", as: String?.self), last: try row.decode(column: "last_name", as: String?.self))
                    cases.append("WHEN \(bind: id) THEN \(bind: name)")
                    ids.append(id)
                }
                try await sql.raw("UPDATE contacts SET search_name = CASE id " + cases.joined(separator: " ") + " END WHERE id IN (\(binds: ids))").run()
            }
        })
}
