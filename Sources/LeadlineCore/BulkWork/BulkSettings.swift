/// What a delete or status-change process runs with: the filter it selects by, in the JSON form
/// (a template is resolved when the process is created, so changing it later changes nothing).
public struct BulkSettings: Sendable, Equatable, Codable {
    public var filter: JSONValue
    /// Nil for a delete.
    public var change: StatusChange?

    public init(filter: Filter, change: StatusChange? = nil) {
        self.filter = FilterJSON.write(filter)
        self.change = change
    }
}
