/// Which contact part each column of a file fills, resolved against a file's header and a list.
public struct ColumnMapping: Sendable, Equatable {
    /// Per file column, in order: its target, or nil when the column is not imported.
    public var targets: [ImportTarget?]

    public init(targets: [ImportTarget?]) {
        self.targets = targets
    }

    /// Each column mapped by its own name: `phone1`, `Phone 1`, `first_name`, a field's name or
    /// display name. Columns that name nothing are left out.
    public static func automatic(header: [String], list: ContactList) throws(ValidationFailure) -> ColumnMapping {
        try checked(header.map { ImportTarget(named: $0, in: list) }, header: header)
    }

    /// Columns mapped by a template: column name → target name. Columns the template does not
    /// name are left out; a template naming a target the list lacks is an error.
    public static func template(_ template: [String: String], header: [String], list: ContactList) throws(ValidationFailure) -> ColumnMapping {
        var issues = IssueCollector()
        let folded = Dictionary(template.map { (ImportTarget.folded($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        var targets: [ImportTarget?] = []
        for column in header {
            guard let name = folded[ImportTarget.folded(column)], !name.isEmpty else {
                targets.append(nil)
                continue
            }
            guard let target = ImportTarget(named: name, in: list) else {
                issues.add("mapping.\(column.prefix(64))", "maps to '\(name.prefix(64))', which is no part of a contact and no field of list '\(list.settings.name)'")
                targets.append(nil)
                continue
            }
            targets.append(target)
        }
        for column in template.keys where !header.contains(where: { ImportTarget.folded($0) == ImportTarget.folded(column) }) {
            issues.add("mapping.\(column.prefix(64))", "names a column the file does not have")
        }
        try issues.check()
        return try checked(targets, header: header)
    }

    private static func checked(_ targets: [ImportTarget?], header: [String]) throws(ValidationFailure) -> ColumnMapping {
        var issues = IssueCollector()
        var seen: [ImportTarget: String] = [:]
        for (column, target) in zip(header, targets) {
            guard let target else { continue }
            if let other = seen[target] {
                issues.add("mapping.\(column.prefix(64))", "fills \(target), which column '\(other.prefix(64))' fills already")
            }
            seen[target] = column
        }
        if targets.allSatisfy({ $0 == nil }) {
            let columns = header.prefix(8).map { "'\($0.prefix(40))'" }.joined(separator: ", ")
            issues.add("mapping", "the columns (\(columns)) fill no part of a contact; name them like external_id, first_name, phone1, email or a field of the list, or give a mapping")
        }
        try issues.check()
        return ColumnMapping(targets: targets)
    }
}
