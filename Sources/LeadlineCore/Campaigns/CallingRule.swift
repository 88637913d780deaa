/// A state's or a country's own limits on outbound attempts, which a tenant edits: narrower
/// hours and a rolling cap per contact. They apply to a contact whose state (`US-FL`) or whose
/// dialled number's country (`GB`) is the rule's region.
public struct CallingRule: Sendable, Equatable, Codable {
    public var region: String
    public var window: WeeklyWindow?
    public var cap: RollingCap?

    public init(region: String, window: WeeklyWindow? = nil, cap: RollingCap? = nil) {
        self.region = region
        self.window = window
        self.cap = cap
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case region, window, cap }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        region = try container.decode(String.self, forKey: .region)
        window = try container.decodeIfPresent(WeeklyWindow.self, forKey: .window)
        cap = try container.decodeIfPresent(RollingCap.self, forKey: .cap)
    }

    /// What Leadline ships: the "mini-TCPA" states that narrow hours to 08:00–20:00 and allow
    /// three attempts a day (Florida's and Oklahoma's telephone solicitation acts, Maryland's
    /// Stop the Spam Calls Act).
    public static let shipped: [CallingRule] = ["US-FL", "US-OK", "US-MD"].map { region in
        CallingRule(
            region: region,
            window: WeeklyWindow(days: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, DayWindow(start: LocalTime(hour: 8)!, end: LocalTime(hour: 20)!)!) })),
            cap: RollingCap(attempts: 3, hours: 24))
    }

    /// Checks a tenant's whole set: known regions, each once.
    public static func validate(_ rules: [CallingRule]) throws(ValidationFailure) {
        var issues = IssueCollector()
        var seen: Set<String> = []
        for (index, rule) in rules.enumerated() {
            let field = "rules[\(index)]"
            if !isRegion(rule.region) { issues.add("\(field).region", "must be a country (GB) or a US state or Canadian province (US-FL)") }
            if !seen.insert(rule.region).inserted { issues.add("\(field).region", "\(rule.region) has a rule already") }
            rule.cap?.check(field: "\(field).cap", issues: &issues)
            if rule.window == nil && rule.cap == nil { issues.add(field, "needs a window, a cap or both") }
        }
        if rules.count > 500 { issues.add("rules", "at most 500 rules") }
        try issues.check()
    }

    static func isRegion(_ text: String) -> Bool {
        if text.count == 2 { return PhoneTables.shipped.territories[text] != nil }
        return SubdivisionZones.zones(of: text) != nil
    }
}
