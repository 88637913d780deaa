import LeadlineCore

/// Deterministic, realistic-looking contacts: common and rare names, one to three numbers in
/// US, GB and DE ranges, emails derived from the names.
public struct LeadGenerator {
    static let firstNames = """
        James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica \
        Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa Matthew Betty Anthony Margaret Mark Sandra Donald Ashley \
        Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Dorothy Kevin Carol Brian Amanda George Melissa \
        Oliver Amelia Harry Isla Jack Ava Noah Mia Leo Ivy Oscar Lily Archie Florence Hans Ursula Jürgen Sabine Klaus Petra \
        Zoë Chloé Mathéo Léa Luca Giulia Sofia Mateo Valentina Santiago Camila Hiroshi Yuki Wei Mei Arjun Priya Kwame Amara
        """.split(separator: " ").map(String.init)
    static let lastNames = """
        Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson \
        Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young \
        Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter \
        Roberts Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann O'Brien Murphy Kelly Walsh Byrne \
        Rossi Russo Ferrari Esposito Bianchi Dubois Lefèvre Moreau Laurent Tanaka Suzuki Watanabe Kowalski Nowak Okafor \
        Blacksmith Goldsmith Smithson Achterberg Vanderhoeven Quintanilla Zielinski Featherstonehaugh Przybylski
        """.split(separator: " ").map(String.init)
    static let domains = ["example.com", "mail.example.org", "corp.example.net", "example.co.uk", "example.de"]

    private var state: UInt64

    public init(seed: UInt64) { state = seed | 1 }

    /// SplitMix64: fast and the same sequence on every machine.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    public mutating func digits(_ count: Int) -> String {
        (0..<count).map { _ in String(below(10)) }.joined()
    }

    public mutating func phone() -> String {
        switch below(3) {
        case 0: "+1\(2 + below(8))\(digits(2))\(2 + below(8))\(digits(6))"
        case 1: "+44\(["20", "7", "161", "113"][below(4)])\(digits(8))".prefix(13).description
        default: "+49\(["30", "89", "40", "151", "170"][below(5)])\(digits(8))"
        }
    }

    public mutating func firstName() -> String { Self.firstNames[below(Self.firstNames.count)] }
    public mutating func lastName() -> String { Self.lastNames[below(Self.lastNames.count)] }

    public mutating func contact(index: Int) -> ContactContent {
        let first = Self.firstNames[below(Self.firstNames.count)]
        let last = Self.lastNames[below(Self.lastNames.count)]
        let phones = (0...below(3)).map { _ in phone() }
        let uniquePhones = phones.enumerated().filter { offset, number in !phones[..<offset].contains(number) }.map(\.element)
        return ContactContent(
            externalID: "ACC\(index)", firstName: first, lastName: last,
            emails: ["\(first.lowercased()).\(last.lowercased())\(index)@\(Self.domains[below(Self.domains.count)])"],
            phones: uniquePhones.map { PhoneNumber(raw: $0, e164: $0) },
            priority: 1 + below(10))
    }
}
