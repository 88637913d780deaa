/// A custom contact field: in a tenant's catalog, or in one list's schema.
public struct FieldDefinition: Sendable, Hashable, Codable {
    public static let defaultTextSize = 255
    public static let maximumSize = 10_000

    public var name: String
    public var displayName: String
    public var type: FieldType
    /// Longest value, in characters, for text-like types.
    public var size: Int?
    /// The allowed values of a `choice` field.
    public var validValues: [String]
    public var required: Bool
    public var unique: Bool
    public var multiLine: Bool

    public init(
        name: String, displayName: String? = nil, type: FieldType, size: Int? = nil, validValues: [String] = [],
        required: Bool = false, unique: Bool = false, multiLine: Bool = false
    ) {
        self.name = name
        self.displayName = displayName ?? name
        self.type = type
        self.size = size
        self.validValues = validValues
        self.required = required
        self.unique = unique
        self.multiLine = multiLine
    }

    /// Checks the definition itself and fills the defaults a person may leave out.
    public func validated() throws(ValidationFailure) -> FieldDefinition {
        var issues = IssueCollector()
        do { try FieldName.validate(name) } catch { issues = issues.merging(error) }
        var result = self
        result.displayName = displayName.trimmingWhitespace
        if result.displayName.isEmpty { result.displayName = name }
        issues.checkLabel(result.displayName, field: "displayName")
        if let size {
            if !type.isSized { issues.add("size", "applies only to text, choice, email and phone fields") }
            if size < 1 || size > Self.maximumSize { issues.add("size", "must be between 1 and \(Self.maximumSize)") }
        } else if type == .text {
            result.size = Self.defaultTextSize
        }
        if type == .choice {
            if validValues.isEmpty { issues.add("validValues", "a choice field needs at least one valid value") }
            if Set(validValues).count != validValues.count { issues.add("validValues", "must not repeat a value") }
            if validValues.contains(where: { $0.isEmpty || $0.count > (size ?? Self.defaultTextSize) }) {
                issues.add("validValues", "each value must be 1 to \(size ?? Self.defaultTextSize) characters")
            }
        } else if !validValues.isEmpty {
            issues.add("validValues", "applies only to choice fields")
        }
        if multiLine && type != .text { issues.add("multiLine", "applies only to text fields") }
        if unique && type == .boolean { issues.add("unique", "a boolean field cannot be unique") }
        try issues.check()
        return result
    }
}
