/// The type of a custom contact field; it decides which values the field accepts.
public enum FieldType: String, Sendable, Codable, CaseIterable {
    case text, integer, decimal, boolean, date, datetime, choice, email, phone

    /// Whether `size` limits the length of the field's values.
    var isSized: Bool { self == .text || self == .email || self == .phone || self == .choice }
}
