/// The fields a new list needs for a file: every column that names no built-in part of a
/// contact (phone1..phone10, email, first_name, last_name, account_id, time_zone, state…)
/// becomes a text field named after it.
public enum HeaderSchema {
    public static func fields(for header: [String]) -> [FieldDefinition] {
        let bare = ContactList(
            id: 0, tenantID: 0, settings: ListSettings(name: ""), schema: [], version: 0, createdAt: .distantPast, updatedAt: .distantPast)
        var names: Set<String> = []
        var fields: [FieldDefinition] = []
        for column in header where ImportTarget(named: column, in: bare) == nil {
            guard let name = fieldName(for: column), names.insert(name).inserted else { continue }
            fields.append(FieldDefinition(name: name, displayName: String(column.prefix(100)), type: .text, size: 1000))
        }
        return fields
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
