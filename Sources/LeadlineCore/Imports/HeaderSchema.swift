/// The fields a list needs for a file's columns that fill nothing of it yet: each becomes a
/// field named after its header and typed from its cells.
public enum HeaderSchema {
    /// A field for each of `columns` (a header and a sample of its cells), skipping any whose
    /// name the list has taken or that leaves no name.
    public static func fields(
        for columns: [(name: String, cells: [String])], reading: CellReading, taken: Set<String>
    ) -> [(column: String, field: FieldDefinition)] {
        var names = taken
        var fields: [(String, FieldDefinition)] = []
        for column in columns {
            guard let name = fieldName(for: column.name), names.insert(name).inserted else { continue }
            var field = FieldInference.field(for: column.cells, column: column.name, reading: reading)
            field.name = name
            field.displayName = String(column.name.prefix(100))
            fields.append((column.name, field))
        }
        return fields
    }

    /// The columns a new list's fields come from: every one that names no built-in part of a
    /// contact (phone1..phone10, email, first_name, last_name, account_id, time_zone, state…).
    public static func isBuiltIn(_ column: String) -> Bool {
        let bare = ContactList(
            id: 0, tenantID: 0, settings: ListSettings(name: ""), schema: [], version: 0, createdAt: .distantPast, updatedAt: .distantPast)
        return ImportTarget(named: column, in: bare) != nil
    }

    /// A column header as a field name: lowercase letters, digits and underscores, starting
    /// with a letter; nil when nothing of it is left.
    static func fieldName(for column: String) -> String? {
        var name = ""
        for scalar in column.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else if !name.hasSuffix("_") {
                name += "_"
            }
        }
        name = String(name.drop { $0 == "_" })
        while name.hasSuffix("_") { name.removeLast() }
        guard !name.isEmpty else { return nil }
        if name.first!.isNumber { name = "f_" + name }
        name = String(name.prefix(56))
        if FieldName.reserved.contains(name) { name += "_field" }
        return (try? FieldName.validate(name)) == nil ? nil : name
    }
}
