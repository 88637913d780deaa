import Foundation

/// Which time zones a contact may be in, to decide when it may be called.
public enum ContactTimeZones {
    /// The candidates, in order of trust: the contact's own zone; its US state or Canadian
    /// province; the zones of its phone numbers; the list's zone. Several candidates mean the
    /// contact is called only when every one of them allows it.
    public static func resolve(
        explicit: String?, subdivision: String?, numberZones: [String], listZone: String
    ) -> [TimeZone] {
        if let explicit, let zone = TimeZone(identifier: explicit) { return [zone] }
        if let subdivision, let names = SubdivisionZones.zones(of: subdivision) { return zones(names) }
        let fromNumbers = zones(numberZones)
        if !fromNumbers.isEmpty { return fromNumbers }
        return zones([listZone])
    }

    /// A stored contact's candidates: its zone, its state, the zones its numbers ring in.
    public static func resolve(_ contact: ContactContent, listZone: String, tables: PhoneTables = .shipped) -> [TimeZone] {
        resolve(
            explicit: contact.timeZone, subdivision: contact.state,
            numberZones: contact.phones.filter { !$0.e164.isEmpty }.flatMap { tables.timeZones(ofE164: $0.e164, type: $0.type) },
            listZone: listZone)
    }

    /// Known zones by name, each once, in first-seen order.
    private static func zones(_ names: [String]) -> [TimeZone] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }.compactMap(TimeZone.init(identifier:))
    }
}
