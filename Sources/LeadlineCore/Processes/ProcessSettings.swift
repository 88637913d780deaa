/// What a process runs with, by kind.
public enum ProcessSettings: Sendable, Equatable, Codable {
    case `import`(ImportSettings)
    case export(ExportSettings)
    case delete(BulkSettings)
    case statusChange(BulkSettings)
    case listOperation(ListOperation)

    public var kind: ProcessKind {
        switch self {
        case .import: .import
        case .export: .export
        case .delete: .delete
        case .statusChange: .statusChange
        case .listOperation: .listOperation
        }
    }
}

/// How an import reads its file and what it does with the rows.
public struct ImportSettings: Sendable, Equatable, Codable {
    /// `,`, `;`, `tab`…; nil to detect it.
    public var separator: String?
    /// Nil to detect it.
    public var hasHeader: Bool?
    /// A `TextEncoding` name; nil to detect it (byte-order mark, else UTF-8, else Windows-1252).
    public var encoding: String?
    /// Column name → target (`phone1`, `first_name`, a field name); nil maps columns by their names.
    public var mapping: [String: String]?
    /// A saved mapping template of the tenant, used when `mapping` is nil.
    public var template: String?
    public var rules: ImportRules

    public init(
        separator: String? = nil, hasHeader: Bool? = nil, encoding: String? = nil, mapping: [String: String]? = nil,
        template: String? = nil, rules: ImportRules = ImportRules()
    ) {
        self.separator = separator
        self.hasHeader = hasHeader
        self.encoding = encoding
        self.mapping = mapping
        self.template = template
        self.rules = rules
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case separator, hasHeader, encoding, mapping, template, rules }

    /// Every key optional; unknown keys refused.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        separator = try container.decodeIfPresent(String.self, forKey: .separator)
        hasHeader = try container.decodeIfPresent(Bool.self, forKey: .hasHeader)
        encoding = try container.decodeIfPresent(String.self, forKey: .encoding)
        mapping = try container.decodeIfPresent([String: String].self, forKey: .mapping)
        template = try container.decodeIfPresent(String.self, forKey: .template)
        rules = try container.decodeIfPresent(ImportRules.self, forKey: .rules) ?? ImportRules()
    }
}

/// How an export writes its file.
public struct ExportSettings: Sendable, Equatable, Codable {
    public var separator: String
    public var header: Bool
    /// `utf8`, `utf8-bom` or `utf16le`.
    public var encoding: String
    /// The columns, by import target name (`external_id`, `phone1`, a field name…); nil for all.
    public var fields: [String]?
    /// Only contacts in these states; nil for all.
    public var statuses: [ContactStatus]?
    /// Only contacts passing this filter, in the JSON form; nil for all.
    public var filter: JSONValue?
    /// The server folder a scheduled export writes into; nil for the process files' results.
    public var directory: String?

    public init(
        separator: String = ",", header: Bool = true, encoding: String = "utf8", fields: [String]? = nil, statuses: [ContactStatus]? = nil,
        filter: Filter? = nil, directory: String? = nil
    ) {
        self.filter = filter.map(FilterJSON.write)
        self.separator = separator
        self.header = header
        self.encoding = encoding
        self.fields = fields
        self.statuses = statuses
        self.directory = directory
    }
}
