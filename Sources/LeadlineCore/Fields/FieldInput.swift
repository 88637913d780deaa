/// A field definition as a person sends it; on update, parts left out stay as they are.
public struct FieldInput: Sendable, Decodable, Equatable, ClosedInput {
    public var name: String?
    public var displayName: String?
    public var type: FieldType?
    public var size: Int?
    public var validValues: [String]?
    public var required: Bool?
    public var unique: Bool?
    public var multiLine: Bool?

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, displayName, type, size, validValues, required, unique, multiLine
    }

    public init(
        name: String? = nil, displayName: String? = nil, type: FieldType? = nil, size: Int? = nil,
        validValues: [String]? = nil, required: Bool? = nil, unique: Bool? = nil, multiLine: Bool? = nil
    ) {
        self.name = name
        self.displayName = displayName
        self.type = type
        self.size = size
        self.validValues = validValues
        self.required = required
        self.unique = unique
        self.multiLine = multiLine
    }

    /// A new definition; `name` and `type` are required.
    public func definition() throws(ValidationFailure) -> FieldDefinition {
        var issues = IssueCollector()
        if name == nil { issues.add("name", "is required") }
        if type == nil { issues.add("type", "is required: one of \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))") }
        try issues.check()
        return try applied(to: FieldDefinition(name: name!, type: type!))
    }

    /// An existing definition changed by this input. The name and type stay fixed: values are stored under them.
    public func applied(to current: FieldDefinition) throws(ValidationFailure) -> FieldDefinition {
        var issues = IssueCollector()
        if let name, name != current.name { issues.add("name", "cannot change; create a new field instead") }
        if let type, type != current.type { issues.add("type", "cannot change; create a new field instead") }
        try issues.check()
        var definition = current
        if let displayName { definition.displayName = displayName }
        if let size { definition.size = size }
        if let validValues { definition.validValues = validValues }
        if let required { definition.required = required }
        if let unique { definition.unique = unique }
        if let multiLine { definition.multiLine = multiLine }
        return try definition.validated()
    }
}
