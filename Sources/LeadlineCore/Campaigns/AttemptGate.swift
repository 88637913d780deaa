import Foundation

/// The one check every attempt passes when it is handed out — a first try, a retry or a
/// callback alike: the do-not-contact list for the channel at that moment, the calling window
/// in every zone the contact may be in, holidays, the state's rules, the rolling caps across
/// the tenant's campaigns, and the attempts left.
public struct AttemptGate: Sendable {
    public var channel: Channel
    public var settings: StrategySettings
    /// The tenant's state and country rules.
    public var rules: [CallingRule]
    public var parser: PhoneNumberParser

    public init(channel: Channel, settings: StrategySettings, rules: [CallingRule], parser: PhoneNumberParser = PhoneNumberParser()) {
        self.channel = channel
        self.settings = settings
        self.rules = rules
        self.parser = parser
    }

    /// How far back the tenant's attempts matter: the longest rolling cap of the strategy and the rules.
    public var capLookback: Double {
        ([settings.capPerNumber, settings.capPerContact] + rules.map(\.cap)).compactMap { $0?.seconds }.max() ?? 0
    }

    /// A contact as the gate sees it.
    public struct Candidate: Sendable {
        public var content: ContactContent
        public var listZone: String
        public var progress: JobContactProgress
        public init(content: ContactContent, listZone: String, progress: JobContactProgress) {
            self.content = content
            self.listZone = listZone
            self.progress = progress
        }
    }

    /// The tenant's recent attempts that touch a candidate, in every campaign: when each of its
    /// numbers was attempted, and when the contact was.
    public struct RecentAttempts: Sendable {
        public var byAddress: [String: [Date]]
        public var byContact: [Date]
        public init(byAddress: [String: [Date]] = [:], byContact: [Date] = []) {
            self.byAddress = byAddress
            self.byContact = byContact
        }
    }

    public enum Decision: Sendable, Equatable {
        case allowed(AttemptTarget, AttemptEvidence)
        /// Not now; try again at `until`.
        case wait(WaitReason, until: Date)
        /// Nothing is left to try in this job.
        case finished(FilterReason)
    }

    public func decide(_ candidate: Candidate, recent: RecentAttempts, blacklist: BlacklistMatcher, now: Date) -> Decision {
        let content = candidate.content
        let progress = candidate.progress
        let targets = self.targets(of: content)
        guard !targets.isEmpty else { return .finished(.noNumber) }
        guard progress.attempts < settings.attemptsPerContact else { return .finished(.attemptsUsedUp) }

        let homeZone = Self.homeZone(of: content, listZone: candidate.listZone)
        let today = Self.day(at: now, in: homeZone)
        let counted = progress.today(today)
        if let perDay = settings.attemptsPerContactPerDay, counted.contact >= perDay {
            return .wait(.cap, until: Self.nextMidnight(after: now, in: homeZone))
        }

        // Every zone the contact may be in: a contact with numbers in two zones is called when
        // it is a legal hour in both.
        let zones = ContactTimeZones.resolve(content, listZone: candidate.listZone, tables: parser.tables)
        var waits: [(WaitReason, Date)] = []
        let start = progress.nextNumber % targets.count
        for target in targets[start...] + targets[..<start] {
            // A number that used its attempts is passed over; when all have, the contact is done.
            if progress.numberAttempts[target.address, default: 0] >= settings.attemptsPerNumber { continue }
            if let perDay = settings.attemptsPerNumberPerDay, counted.numbers[target.address, default: 0] >= perDay {
                waits.append((.cap, Self.nextMidnight(after: now, in: homeZone)))
                continue
            }
            let listed = channel.dialsNumbers
                ? blacklist.entry(forNumber: target.address, channel: channel.medium, at: now)
                : blacklist.entry(forEmail: target.address, channel: channel.medium, at: now)
            if listed != nil {
                // Entries are removed or expire at any time: look again within the hour.
                waits.append((.blacklisted, now.addingTimeInterval(3600)))
                continue
            }
            let region = channel.dialsNumbers ? parser.parse(target.address).region : nil
            let applying = rules.filter { $0.region == content.state || ($0.region == region && region != nil) }
            var caps: [String] = []
            var capped: Date?
            func check(_ cap: RollingCap?, _ times: [Date], _ label: String) {
                guard let cap else { return }
                let since = now.addingTimeInterval(-cap.seconds)
                let within = times.filter { $0 > since }
                caps.append("\(label) \(within.count) of \(cap.description)")
                if within.count >= cap.attempts, let oldest = within.min() {
                    let free = oldest.addingTimeInterval(cap.seconds)
                    capped = max(capped ?? free, free)
                }
            }
            check(settings.capPerNumber, recent.byAddress[target.address] ?? [], "per number")
            check(settings.capPerContact, recent.byContact, "per contact")
            for rule in applying { check(rule.cap, recent.byContact, "\(rule.region) per contact") }
            if let capped {
                waits.append((.cap, capped))
                continue
            }
            let weekly = applying.compactMap(\.window).reduce(settings.window) { $0.intersection($1) }
            let country = region ?? content.state.map { String($0.prefix(2)) }
            let holidays = Set(settings.holidays.filter { $0.country == nil || $0.country == country }.map(\.date))
            let window = weekly.callingWindow(excluding: holidays)
            if window.allows(now, inAll: zones) {
                return .allowed(target, AttemptEvidence(
                    zones: zones.map(\.identifier), window: weekly.summary, rules: applying.map(\.region), holidays: holidays.count,
                    blacklistCheckedAt: now, caps: caps))
            }
            let reason: WaitReason = weekly.callingWindow().allows(now, inAll: zones) ? .holiday : .outsideWindow
            waits.append((reason, window.nextAllowed(after: now, inAll: zones) ?? now.addingTimeInterval(86_400)))
        }
        guard let earliest = waits.min(by: { $0.1 < $1.1 }) else { return .finished(.attemptsUsedUp) }
        return .wait(earliest.0, until: earliest.1)
    }

    /// The numbers (active, in the strategy's order) or the addresses a contact may be reached at.
    public func targets(of content: ContactContent) -> [AttemptTarget] {
        guard channel.dialsNumbers else {
            return content.emails.enumerated().map { AttemptTarget(slot: $0.offset + 1, address: $0.element, type: .unknown, extension: nil) }
        }
        return NumberChoice.order(settings.numberOrder, of: content.phones).compactMap { index in
            let phone = content.phones[index]
            guard phone.state == .active, !phone.e164.isEmpty else { return nil }
            return AttemptTarget(slot: index + 1, address: phone.e164, type: phone.type, extension: phone.extension)
        }
    }

    /// The zone a contact's days are counted in: its own, its state's first, or its list's.
    public static func homeZone(of content: ContactContent, listZone: String) -> TimeZone {
        ContactTimeZones.resolve(explicit: content.timeZone, subdivision: content.state, numberZones: [], listZone: listZone).first
            ?? TimeZone(identifier: "UTC")!
    }

    /// `yyyy-MM-dd` of `instant` in `zone`.
    public static func day(at instant: Date, in zone: TimeZone) -> String {
        LocalMoment(instant, in: zone).date.description
    }

    static func nextMidnight(after instant: Date, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.nextDate(after: instant, matching: DateComponents(hour: 0, minute: 0), matchingPolicy: .nextTime) ?? instant.addingTimeInterval(86_400)
    }
}

/// The number or address an attempt uses: its slot on the contact (`phone2`, `email1`).
public struct AttemptTarget: Sendable, Equatable, Codable {
    public var slot: Int
    public var address: String
    public var type: PhoneType
    public var `extension`: String?

    public init(slot: Int, address: String, type: PhoneType, extension: String?) {
        self.slot = slot
        self.address = address
        self.type = type
        self.extension = `extension`
    }
}

/// Why an attempt was allowed, kept with it and exported with it.
public struct AttemptEvidence: Sendable, Equatable, Codable {
    /// Every zone the contact may be in; the window held in all of them.
    public var zones: [String]
    public var window: String
    /// The state and country rules that applied.
    public var rules: [String]
    /// How many holiday dates applied to the contact.
    public var holidays: Int
    public var blacklistCheckedAt: Date
    /// Each rolling cap and the count it saw.
    public var caps: [String]

    public init(zones: [String], window: String, rules: [String], holidays: Int, blacklistCheckedAt: Date, caps: [String]) {
        self.zones = zones
        self.window = window
        self.rules = rules
        self.holidays = holidays
        self.blacklistCheckedAt = blacklistCheckedAt
        self.caps = caps
    }
}
