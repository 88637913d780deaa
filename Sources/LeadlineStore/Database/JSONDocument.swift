import Foundation
import LeadlineCore

/// The JSON documents of a contact row (emails, phones, reason codes, custom values) written
/// and read by hand: bulk imports and exports move millions of them, and Foundation's coders
/// spend most of their time on reflection. The output is what `JSONText` writes (sorted keys),
/// so rows written either way read back the same.
enum JSONDocument {
    // MARK: Writing

    static func text(_ value: JSONValue) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(value, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static func text(_ strings: [String]) -> String {
        var output: [UInt8] = [UInt8(ascii: "[")]
        for (index, string) in strings.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            write(string, into: &output)
        }
        output.append(UInt8(ascii: "]"))
        return String(decoding: output, as: UTF8.self)
    }

    /// Rows of cells as one JSON array of arrays, for `BulkRows`.
    static func rows(_ rows: [[JSONValue]]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(rows.count * 256)
        output.append(UInt8(ascii: "["))
        for (index, row) in rows.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            write(.array(row), into: &output)
        }
        output.append(UInt8(ascii: "]"))
        return String(decoding: output, as: UTF8.self)
    }

    static func text(_ phones: [PhoneNumber]) -> String {
        text(.array(phones.map(value)))
    }

    static func write(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number): output.append(contentsOf: String(number).utf8)
        case .decimal(let number): output.append(contentsOf: number.description.utf8)
        case .string(let string): write(string, into: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(item, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(key, into: &output)
                output.append(UInt8(ascii: ":"))
                write(members[key]!, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    static func write(_ string: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case ..<0x20: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    static func value(_ phone: PhoneNumber) -> JSONValue {
        var members: [String: JSONValue] = [
            "raw": .string(phone.raw), "e164": .string(phone.e164), "type": .string(phone.type.rawValue),
            "state": .string(phone.state.rawValue), "retryCount": .integer(Int64(phone.retryCount)),
        ]
        if let problem = phone.problem { members["problem"] = .string(problem.rawValue) }
        if let number = phone.extension { members["extension"] = .string(number) }
        return .object(members)
    }

    // MARK: Reading

    struct Malformed: Error, CustomStringConvertible {
        var description: String { "a stored JSON document is malformed" }
    }

    static func value(_ text: String) throws -> JSONValue {
        var text = text
        return try text.withUTF8 { bytes in
            var parser = Parser(bytes: bytes)
            let value = try parser.value()
            parser.skipSpace()
            guard parser.position == bytes.count else { throw Malformed() }
            return value
        }
    }

    static func strings(_ text: String) throws -> [String] {
        guard case .array(let items) = try value(text) else { throw Malformed() }
        return try items.map { item in
            guard case .string(let string) = item else { throw Malformed() }
            return string
        }
    }

    static func object(_ text: String) throws -> [String: JSONValue] {
        guard case .object(let members) = try value(text) else { throw Malformed() }
        return members
    }

    static func phones(_ text: String) throws -> [PhoneNumber] {
        guard case .array(let items) = try value(text) else { throw Malformed() }
        return try items.map { item in
            guard case .object(let members) = item, case .string(let raw)? = members["raw"], case .string(let e164)? = members["e164"]
            else { throw Malformed() }
            func text(_ key: String) -> String? { if case .string(let value)? = members[key] { value } else { nil } }
            var retries = 0
            if case .integer(let count)? = members["retryCount"] { retries = Int(count) }
            return PhoneNumber(
                raw: raw, e164: e164, type: text("type").flatMap(PhoneType.init(rawValue:)) ?? .unknown,
                state: text("state").flatMap(PhoneState.init(rawValue:)) ?? .active, retryCount: retries,
                problem: text("problem").flatMap(PhoneProblem.init(rawValue:)), extension: text("extension"))
        }
    }

    /// A whole contact's parts as one document, as the deleted-contacts report keeps it.
    static func text(_ content: ContactContent) throws -> String {
        var members = content.document
        // The stored form of numbers, which keeps why an invalid one was kept.
        members["phones"] = try value(text(content.phones))
        return text(.object(members))
    }

    static func content(_ text: String) throws -> ContactContent {
        let members = try object(text)
        func string(_ key: String) -> String? { if case .string(let value)? = members[key] { value } else { nil } }
        func strings(_ key: String) throws -> [String] {
            guard case .array(let items)? = members[key] else { return [] }
            return try items.map { item in
                guard case .string(let string) = item else { throw Malformed() }
                return string
            }
        }
        var priority = 0
        if case .integer(let number)? = members["priority"] { priority = Int(number) }
        var custom: [String: JSONValue] = [:]
        if case .object(let values)? = members["custom"] { custom = values }
        return ContactContent(
            externalID: string("externalId"), firstName: string("firstName"), lastName: string("lastName"), emails: try strings("emails"),
            phones: try phones(Self.text(members["phones"] ?? .array([]))), timeZone: string("timeZone"), state: string("state"),
            priority: priority, status: string("status").flatMap(ContactStatus.init(rawValue:)) ?? .inactive,
            reasonCodes: try strings("reasonCodes"), custom: custom)
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        mutating func skipSpace() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        mutating func value() throws -> JSONValue {
            skipSpace()
            guard position < bytes.count else { throw Malformed() }
            switch bytes[position] {
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "["):
                position += 1
                var items: [JSONValue] = []
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                while true {
                    items.append(try value())
                    skipSpace()
                    guard position < bytes.count else { throw Malformed() }
                    let byte = bytes[position]
                    position += 1
                    if byte == UInt8(ascii: "]") { return .array(items) }
                    guard byte == UInt8(ascii: ",") else { throw Malformed() }
                }
            case UInt8(ascii: "{"):
                position += 1
                var members: [String: JSONValue] = [:]
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return .object(members)
                }
                while true {
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw Malformed() }
                    let key = try string()
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw Malformed() }
                    position += 1
                    members[key] = try value()
                    skipSpace()
                    guard position < bytes.count else { throw Malformed() }
                    let byte = bytes[position]
                    position += 1
                    if byte == UInt8(ascii: "}") { return .object(members) }
                    guard byte == UInt8(ascii: ",") else { throw Malformed() }
                }
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            default: return try number()
            }
        }

        private mutating func literal(_ word: String, _ value: JSONValue) throws -> JSONValue {
            for expected in word.utf8 {
                guard position < bytes.count, bytes[position] == expected else { throw Malformed() }
                position += 1
            }
            return value
        }

        private mutating func number() throws -> JSONValue {
            let start = position
            var integral = true
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                    integral = false
                } else if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "+") {
                    break
                }
                position += 1
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            if integral, let number = Int64(text) { return .integer(number) }
            guard let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { throw Malformed() }
            return .decimal(decimal)
        }

        private mutating func string() throws -> String {
            position += 1
            let start = position
            // The common case: no escapes, one copy.
            while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") { position += 1 }
            guard position < bytes.count else { throw Malformed() }
            if bytes[position] == UInt8(ascii: "\"") {
                defer { position += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            }
            var output = Array(bytes[start..<position])
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\"") { return String(decoding: output, as: UTF8.self) }
                guard byte == UInt8(ascii: "\\") else {
                    output.append(byte)
                    continue
                }
                guard position < bytes.count else { throw Malformed() }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): output.append(0x0A)
                case UInt8(ascii: "r"): output.append(0x0D)
                case UInt8(ascii: "t"): output.append(0x09)
                case UInt8(ascii: "b"): output.append(0x08)
                case UInt8(ascii: "f"): output.append(0x0C)
                case UInt8(ascii: "u"):
                    var scalar = try hexUnit()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else { throw Malformed() }
                        position += 2
                        let low = try hexUnit()
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw Malformed() }
                    output.append(contentsOf: String(Character(unicode)).utf8)
                default: output.append(escaped)
                }
            }
            throw Malformed()
        }

        private mutating func hexUnit() throws -> UInt32 {
            guard position + 4 <= bytes.count,
                let unit = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + 4]), as: UTF8.self), radix: 16)
            else { throw Malformed() }
            position += 4
            return unit
        }
    }
}
