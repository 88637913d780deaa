/// Field names are identifiers: they key stored values and appear in filters and file headers.
public enum FieldName {
    /// Names the built-in parts of a contact already use; a custom field may not shadow them.
    public static let reserved: Set<String> = [
        "id", "list_id", "tenant_id", "external_id", "account_id", "first_name", "last_name", "name",
        "email", "emails", "phone", "phones", "time_zone", "priority", "status", "reason_codes",
        "custom", "version", "created_at", "updated_at", "history",
    ]

    /// Checks a field name: a lowercase letter, then up to 62 lowercase letters, digits or underscores.
    public static func validate(_ name: String, field: String = "name") throws(ValidationFailure) {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, ("a"..."z").contains(first) else {
            throw ValidationFailure(field: field, reason: "must start with a lowercase letter a-z")
        }
        guard scalars.count <= 63 else {
            throw ValidationFailure(field: field, reason: "must be at most 63 characters")
        }
        guard scalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) else {
            throw ValidationFailure(field: field, reason: "may contain only lowercase letters a-z, digits and underscores")
        }
        guard !reserved.contains(name) else {
            throw ValidationFailure(field: field, reason: "'\(name)' is a built-in contact attribute")
        }
    }
}
