/// Names given as a JSON list (`["remaining","callback"]`) or as one comma-separated string
/// (`"remaining,callback"`), as a query string writes them: one setting reads both ways.
public struct NameList: Sendable, Equatable, Decodable {
    public var names: [String]

    public init(_ names: [String]) {
        self.names = names
    }

    /// `a,b` as `["a", "b"]`, spaces around each name left out.
    public init(text: String) {
        names = text.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self.init(text: text)
        } else {
            self.init(try container.decode([String].self))
        }
    }
}
