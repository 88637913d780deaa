/// Input whose JSON object may hold only the keys the type knows: a misspelt key is an error,
/// not a silently ignored change.
public protocol ClosedInput: Decodable {
    associatedtype CodingKeys: CodingKey & CaseIterable
}

extension Decoder {
    /// Throws when the object being decoded has a key that `keys` does not name.
    public func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        let known = Set(keys.allCases.map(\.stringValue))
        if let unknown = container.allKeys.first(where: { !known.contains($0.stringValue) }) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [unknown],
                debugDescription: "is not a known field; known fields are \(known.sorted().joined(separator: ", "))"))
        }
    }
}

/// A coding key for any string, used to list the keys an object actually has.
public struct AnyCodingKey: CodingKey, Sendable {
    public var stringValue: String
    public var intValue: Int?

    public init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    public init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}
