import Foundation

/// Tells whether a number or an address is on a do-not-contact list, without a database: what
/// imports check a batch against and what campaign dispatch asks before every contact.
///
/// Numbers are kept as integers (E.164 digits never start with 0), prefixes by length, so a
/// check is a handful of hash lookups whatever the list's size.
public struct BlacklistMatcher: Sendable {
    /// What the matcher keeps of an entry: enough to decide, and the id to fetch the rest.
    struct Slot: Sendable {
        var id: Int64
        var medium: BlacklistMedium
        /// Milliseconds since 1970; `Int64.max` for never.
        var expiresAt: Int64
        /// The next slot with the same key, or -1.
        var next: Int32
    }

    private var slots: [Slot] = []
    private var numbers: [UInt64: Int32] = [:]
    /// Keyed by `prefix * 32 + digit count`.
    private var prefixes: [UInt64: Int32] = [:]
    private var prefixLengths: [Int] = []
    private var emails: [String: Int32] = [:]
    private var domains: [String: Int32] = [:]

    public init(_ entries: some Sequence<BlacklistEntry> = []) {
        for entry in entries { add(entry) }
    }

    public var count: Int { slots.count }

    public mutating func add(_ entry: BlacklistEntry) {
        let expiry = entry.expiresAt.map { Int64(($0.timeIntervalSince1970 * 1000).rounded(.down)) } ?? Int64.max
        let index = Int32(slots.count)
        func link(_ head: inout Int32?) {
            slots.append(Slot(id: entry.id, medium: entry.medium, expiresAt: expiry, next: head ?? -1))
            head = index
        }
        switch entry.uri {
        case .number(let e164):
            guard let (digits, _) = Self.digits(of: e164) else { return }
            link(&numbers[digits])
        case .numberPrefix(let prefix):
            guard let (digits, length) = Self.digits(of: prefix) else { return }
            link(&prefixes[digits &* 32 &+ UInt64(length)])
            if !prefixLengths.contains(length) {
                prefixLengths.append(length)
                prefixLengths.sort()
            }
        case .email(let address): link(&emails[address])
        case .emailDomain(let domain): link(&domains[domain])
        }
    }

    /// The id of an active entry forbidding `e164` on `channel` at `now`; nil when none does.
    public func entry(forNumber e164: String, channel: BlacklistMedium, at now: Date) -> Int64? {
        guard let (digits, length) = Self.digits(of: e164) else { return nil }
        let millis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        if let found = first(numbers[digits], channel: channel, at: millis) { return found }
        for prefixLength in prefixLengths where prefixLength <= length {
            let prefix = digits / Self.powersOfTen[length - prefixLength]
            if let found = first(prefixes[prefix &* 32 &+ UInt64(prefixLength)], channel: channel, at: millis) { return found }
        }
        return nil
    }

    /// The id of an active entry forbidding `address` (its own entry, its domain's or a parent
    /// domain's) on `channel` at `now`.
    public func entry(forEmail address: String, channel: BlacklistMedium, at now: Date) -> Int64? {
        let lowered = address.lowercased()
        let millis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        if let found = first(emails[lowered], channel: channel, at: millis) { return found }
        guard let at = lowered.lastIndex(of: "@") else { return nil }
        var domain = lowered[lowered.index(after: at)...]
        while true {
            if let found = first(domains[String(domain)], channel: channel, at: millis) { return found }
            guard let dot = domain.firstIndex(of: ".") else { return nil }
            domain = domain[domain.index(after: dot)...]
            if !domain.contains(".") { return nil }
        }
    }

    private func first(_ head: Int32?, channel: BlacklistMedium, at millis: Int64) -> Int64? {
        var index = head ?? -1
        while index >= 0 {
            let slot = slots[Int(index)]
            if slot.expiresAt > millis && slot.medium.forbids(channel) { return slot.id }
            index = slot.next
        }
        return nil
    }

    private static let powersOfTen: [UInt64] = (0...19).map { exponent in (0..<exponent).reduce(1) { value, _ in value * 10 } }

    /// The digits after `+` as one integer, with their count; nil for anything else.
    static func digits(of text: String) -> (UInt64, Int)? {
        var value: UInt64 = 0
        var count = 0
        var sawPlus = false
        for byte in text.utf8 {
            if !sawPlus {
                guard byte == UInt8(ascii: "+") else { return nil }
                sawPlus = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 19 else { return nil }
            value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
            count += 1
        }
        return count > 0 ? (value, count) : nil
    }
}
