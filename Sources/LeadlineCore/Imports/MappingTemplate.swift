import Foundation

/// A tenant's saved column mapping: file column name → contact part or field.
public struct MappingTemplate: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var mapping: [String: String]
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, name: String, mapping: [String: String], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = name
        self.mapping = mapping
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// A template as a person sends it.
    public struct Input: Sendable, Decodable, ClosedInput {
        public var name: String
        public var mapping: [String: String]

        public enum CodingKeys: String, CodingKey, CaseIterable { case name, mapping }

        public init(name: String, mapping: [String: String]) {
            self.name = name
            self.mapping = mapping
        }

        public func check() throws(ValidationFailure) {
            var issues = IssueCollector()
            issues.checkLabel(name, field: "name")
            if mapping.isEmpty { issues.add("mapping", "must map at least one column") }
            if mapping.count > 2048 { issues.add("mapping", "maps more columns than a file may have (2048)") }
            for (column, target) in mapping where column.isEmpty || column.count > 200 || target.count > 200 {
                issues.add("mapping.\(column.prefix(64))", "column and target names must be 1 to 200 characters")
            }
            try issues.check()
        }
    }
}
