import Foundation

/// The text of a message with `{{field}}` placeholders filled from the contact: a system field
/// (`firstName`, `lastName`, `externalId`) or a custom field of the contact's list.
public struct MessageTemplate: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case text(String)
        case placeholder(String)
    }

    let parts: [Part]

    public static let systemPlaceholders: Set<String> = ["firstName", "lastName", "externalId"]

    public static func parse(_ text: String, field: String = "template") -> Result<MessageTemplate, ValidationFailure> {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            parts.append(.text(String(rest[..<open.lowerBound])))
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                return .failure(ValidationFailure(field: field, reason: "a placeholder opened with {{ is never closed with }}"))
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingWhitespace
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                return .failure(ValidationFailure(field: field, reason: "'{{\(name)}}' is not a field name"))
            }
            parts.append(.placeholder(name))
            rest = rest[close.upperBound...]
        }
        parts.append(.text(String(rest)))
        return .success(MessageTemplate(parts: parts.filter { $0 != .text("") }))
    }

    /// The placeholders, each once, in order.
    public var placeholders: [String] {
        var seen: Set<String> = []
        return parts.compactMap { part in
            guard case .placeholder(let name) = part, seen.insert(name).inserted else { return nil }
            return name
        }
    }

    /// The placeholders a list of these fields cannot fill.
    public func unknownPlaceholders(fields: [FieldDefinition]) -> [String] {
        let names = Set(fields.map(\.name))
        return placeholders.filter { !Self.systemPlaceholders.contains($0) && !names.contains($0) }
    }

    /// The message for one contact; an empty field writes nothing. `escape` is applied to what
    /// the contact fills in, as an HTML part needs.
    public func render(_ contact: ContactContent, escape: (String) -> String = { $0 }) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .placeholder("firstName"): escape(contact.firstName ?? "")
            case .placeholder("lastName"): escape(contact.lastName ?? "")
            case .placeholder("externalId"): escape(contact.externalID ?? "")
            case .placeholder(let name): escape(contact.custom[name].map(Self.written) ?? "")
            }
        }.joined()
    }

    /// Text made safe inside HTML.
    public static func htmlEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func written(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .decimal(let number): "\(number)"
        case .bool(let flag): flag ? "yes" : "no"
        case .null: ""
        case .array(let items): items.map(written).joined(separator: ", ")
        case .object: ""
        }
    }
}
