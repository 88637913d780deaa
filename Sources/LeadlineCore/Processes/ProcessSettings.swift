/// What a process runs with, by kind.
public enum ProcessSettings: Sendable, Equatable, Codable {
    case `import`(ImportSettings)
    case export(ExportSettings)
    case delete(BulkSettings)
    case statusChange(BulkSettings)
    case listOperation(ListOperation)
    case campaignExport(JobReference)
    case churn(JobReference)

    public var kind: ProcessKind {
        switch self {
        case .import: .import
        case .export: .export
        case .delete: .delete
        case .statusChange: .statusChange
        case .listOperation: .listOperation
        case .campaignExport: .campaignExport
        case .churn: .churn
        }
    }
}

/// The job a campaign process works on; its list is the campaign's first.
public struct JobReference: Sendable, Equatable, Codable {
    public var campaignId: Int64
    public var jobId: Int64

    public init(campaignId: Int64, jobId: Int64) {
        self.campaignId = campaignId
        self.jobId = jobId
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
    /// Whether the file's columns that fill nothing of the list become fields of it first, typed from their cells.
    public var createFields: Bool
    /// Whether, once the import has finished, the running jobs of the campaigns the list serves churn (seed 004).
    public var churnJobs: Bool
    /// The campaign a `callback_at` column schedules callbacks in; nil for the one campaign the list serves.
    public var callbackCampaignId: Int64?
    public var rules: ImportRules

    public init(
        separator: String? = nil, hasHeader: Bool? = nil, encoding: String? = nil, mapping: [String: String]? = nil,
        template: String? = nil, createFields: Bool = false, churnJobs: Bool = false, callbackCampaignId: Int64? = nil,
        rules: ImportRules = ImportRules()
    ) {
        self.callbackCampaignId = callbackCampaignId
        self.createFields = createFields
        self.churnJobs = churnJobs
        self.separator = separator
        self.hasHeader = hasHeader
        self.encoding = encoding
        self.mapping = mapping
        self.template = template
        self.rules = rules
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case separator, hasHeader, encoding, mapping, template, createFields, churnJobs, callbackCampaignId, rules }

    /// The names every door takes: these settings' own and the rules', side by side.
    struct AllKeys: CodingKey, CaseIterable {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        static let allCases = CodingKeys.allCases.map { AllKeys(stringValue: $0.stringValue) }
            + ImportRules.CodingKeys.allCases.map { AllKeys(stringValue: $0.stringValue) }
    }

    /// Every key optional; unknown keys refused. The rules are written beside the other settings
    /// (`{"mergeRule": "replace"}`), as the query string of an upload writes them, or under `rules`.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(AllKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let flat = try decoder.container(keyedBy: ImportRules.CodingKeys.self)
        separator = try container.decodeIfPresent(String.self, forKey: .separator)
        hasHeader = try container.decodeIfPresent(Bool.self, forKey: .hasHeader)
        encoding = try container.decodeIfPresent(String.self, forKey: .encoding)
        mapping = try container.decodeIfPresent([String: String].self, forKey: .mapping)
        template = try container.decodeIfPresent(String.self, forKey: .template)
        createFields = try container.decodeIfPresent(Bool.self, forKey: .createFields) ?? false
        churnJobs = try container.decodeIfPresent(Bool.self, forKey: .churnJobs) ?? false
        callbackCampaignId = try container.decodeIfPresent(Int64.self, forKey: .callbackCampaignId)
        if let nested = try container.decodeIfPresent(ImportRules.self, forKey: .rules) {
            guard flat.allKeys.isEmpty else {
                throw DecodingError.dataCorruptedError(
                    forKey: .rules, in: container, debugDescription: "give the rules beside the other settings or under rules, not both")
            }
            rules = nested
        } else {
            rules = try ImportRules(container: flat)
        }
    }

    /// The rules beside the other settings, as they are read.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(separator, forKey: .separator)
        try container.encodeIfPresent(hasHeader, forKey: .hasHeader)
        try container.encodeIfPresent(encoding, forKey: .encoding)
        try container.encodeIfPresent(mapping, forKey: .mapping)
        try container.encodeIfPresent(template, forKey: .template)
        try container.encode(createFields, forKey: .createFields)
        try container.encode(churnJobs, forKey: .churnJobs)
        try container.encodeIfPresent(callbackCampaignId, forKey: .callbackCampaignId)
        try rules.encode(to: encoder)
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

    /// `status` is the name of the query string and of the request body; `statuses` the one stored before.
    enum CodingKeys: String, CodingKey { case separator, header, encoding, fields, status, statuses, filter, directory }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        separator = try container.decode(String.self, forKey: .separator)
        header = try container.decode(Bool.self, forKey: .header)
        encoding = try container.decode(String.self, forKey: .encoding)
        fields = try container.decodeIfPresent([String].self, forKey: .fields)
        statuses = try container.decodeIfPresent([ContactStatus].self, forKey: .status)
            ?? container.decodeIfPresent([ContactStatus].self, forKey: .statuses)
        filter = try container.decodeIfPresent(JSONValue.self, forKey: .filter)
        directory = try container.decodeIfPresent(String.self, forKey: .directory)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(separator, forKey: .separator)
        try container.encode(header, forKey: .header)
        try container.encode(encoding, forKey: .encoding)
        try container.encodeIfPresent(fields, forKey: .fields)
        try container.encodeIfPresent(statuses, forKey: .status)
        try container.encodeIfPresent(filter, forKey: .filter)
        try container.encodeIfPresent(directory, forKey: .directory)
    }
}
