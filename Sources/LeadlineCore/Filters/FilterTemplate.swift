import Foundation

/// A tenant's saved filter, to select the same contacts again in any list.
public struct FilterTemplate: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var filter: Filter
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, name: String, filter: Filter, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = name
        self.filter = filter
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// A template as a person sends it; the filter in the JSON or the text form.
    public struct Input: Sendable, Decodable, ClosedInput {
        public var name: String
        public var filter: JSONValue

        public enum CodingKeys: String, CodingKey, CaseIterable { case name, filter }

        public init(name: String, filter: JSONValue) {
            self.name = name
            self.filter = filter
        }

        /// The filter it saves, held to the rule a preview holds it to on system fields. Custom
        /// fields are checked when the filter is used on a list, since a template serves every
        /// list of the tenant.
        public func checked(now: Date) throws(ValidationFailure) -> Filter {
            var issues = IssueCollector()
            issues.checkLabel(name, field: "name")
            var filter = Filter.everything
            do {
                filter = try FilterJSON.read(self.filter)
                try FilterCheck.checkSystemFields(filter, now: now)
            } catch { issues = issues.merging(error) }
            try issues.check()
            return filter
        }
    }
}
