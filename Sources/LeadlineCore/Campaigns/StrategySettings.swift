import Foundation

/// How a campaign works each contact: how often, on which numbers, at which hours, and what
/// follows each outcome. Every key may be left out for its default; unknown keys are refused.
public struct StrategySettings: Sendable, Equatable, Codable {
    /// Attempts on one contact over the job's life.
    public var attemptsPerContact: Int
    /// Attempts on one number over the job's life.
    public var attemptsPerNumber: Int
    /// Attempts on one contact per day of its local calendar; nil for no daily limit.
    public var attemptsPerContactPerDay: Int?
    public var attemptsPerNumberPerDay: Int?
    /// By completion code; a code without a rule ends the contact's work in the job.
    public var retries: [String: RetryRule]
    public var numberOrder: [NumberChoice]
    public var window: WeeklyWindow
    public var holidays: [Holiday]
    /// Across all campaigns of the tenant.
    public var capPerNumber: RollingCap?
    public var capPerContact: RollingCap?
    /// The text of an SMS or the body of an email, with `{{field}}` placeholders.
    public var template: String?
    public var subject: String?
    /// The HTML part of an email beside the text one, with the same placeholders, HTML-escaped.
    public var html: String?
    /// What replies do, tried in order; an opt-out word always opts out.
    public var responses: [ResponseRule]
    /// Messages a second, for the channels Leadline sends itself.
    public var messagesPerSecond: Double?

    public init(channel: Channel) {
        attemptsPerContact = 5
        attemptsPerNumber = 3
        retries = RetryRule.defaults
        numberOrder = channel == .sms ? NumberChoice.mobilesFirst : NumberChoice.everySlot
        window = .standard
        holidays = []
        responses = []
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case attemptsPerContact, attemptsPerNumber, attemptsPerContactPerDay, attemptsPerNumberPerDay, retries, numberOrder, window,
            holidays, capPerNumber, capPerContact, template, subject, html, responses, messagesPerSecond
    }

    public static let maximumMessagesPerSecond = 5000.0
    /// The rate of a message strategy that names none.
    public static let defaultMessagesPerSecond = 10.0

    /// Reads what a person wrote over the defaults of `channel`.
    public static func read(_ decoder: any Decoder, channel: Channel) throws -> StrategySettings {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var settings = StrategySettings(channel: channel)
        settings.attemptsPerContact = try container.decodeIfPresent(Int.self, forKey: .attemptsPerContact) ?? settings.attemptsPerContact
        settings.attemptsPerNumber = try container.decodeIfPresent(Int.self, forKey: .attemptsPerNumber) ?? settings.attemptsPerNumber
        settings.attemptsPerContactPerDay = try container.decodeIfPresent(Int.self, forKey: .attemptsPerContactPerDay)
        settings.attemptsPerNumberPerDay = try container.decodeIfPresent(Int.self, forKey: .attemptsPerNumberPerDay)
        settings.retries = try container.decodeIfPresent([String: RetryRule].self, forKey: .retries) ?? settings.retries
        settings.numberOrder = try container.decodeIfPresent([NumberChoice].self, forKey: .numberOrder) ?? settings.numberOrder
        settings.window = try container.decodeIfPresent(WeeklyWindow.self, forKey: .window) ?? settings.window
        settings.holidays = try container.decodeIfPresent([Holiday].self, forKey: .holidays) ?? []
        settings.capPerNumber = try container.decodeIfPresent(RollingCap.self, forKey: .capPerNumber)
        settings.capPerContact = try container.decodeIfPresent(RollingCap.self, forKey: .capPerContact)
        settings.template = try container.decodeIfPresent(String.self, forKey: .template)
        settings.subject = try container.decodeIfPresent(String.self, forKey: .subject)
        settings.html = try container.decodeIfPresent(String.self, forKey: .html)
        settings.responses = try container.decodeIfPresent([ResponseRule].self, forKey: .responses) ?? []
        settings.messagesPerSecond = try container.decodeIfPresent(Double.self, forKey: .messagesPerSecond)
        return settings
    }

    /// Reads settings as stored, every key written; `read(_:channel:)` reads what a person wrote.
    public init(from decoder: any Decoder) throws {
        self = try Self.read(decoder, channel: .voice)
    }

    /// Every rule the settings break, under `settings.…`; `codes` are the completion codes the
    /// tenant knows.
    public func validate(channel: Channel, codes: Set<String>) throws(ValidationFailure) {
        var issues = IssueCollector()
        let field = "settings"
        if !(1...100).contains(attemptsPerContact) { issues.add("\(field).attemptsPerContact", "must be 1 to 100") }
        if !(1...100).contains(attemptsPerNumber) { issues.add("\(field).attemptsPerNumber", "must be 1 to 100") }
        if let perDay = attemptsPerContactPerDay, !(1...100).contains(perDay) { issues.add("\(field).attemptsPerContactPerDay", "must be 1 to 100") }
        if let perDay = attemptsPerNumberPerDay, !(1...100).contains(perDay) { issues.add("\(field).attemptsPerNumberPerDay", "must be 1 to 100") }
        for (code, rule) in retries.sorted(by: { $0.key < $1.key }) {
            if !codes.contains(code) || code == CompletionCode.leaseExpired || code == CompletionCode.callbackRequested {
                issues.add("\(field).retries.\(code)", "is not a completion code a result may retry; see /api/v1/completion-codes")
            }
            rule.check(field: "\(field).retries.\(code)", issues: &issues)
        }
        if numberOrder.isEmpty || numberOrder.count > 20 { issues.add("\(field).numberOrder", "must name 1 to 20 slots or types") }
        if window.days.isEmpty { issues.add("\(field).window", "must allow at least one day") }
        for (index, holiday) in holidays.enumerated() {
            if let country = holiday.country, PhoneTables.shipped.territories[country] == nil {
                issues.add("\(field).holidays[\(index)].country", "must be a region code such as US")
            }
            if let name = holiday.name, name.count > 100 || name.containsControlCharacter {
                issues.add("\(field).holidays[\(index)].name", "must be at most 100 characters on one line")
            }
        }
        if holidays.count > 1000 { issues.add("\(field).holidays", "at most 1000 dates") }
        capPerNumber?.check(field: "\(field).capPerNumber", issues: &issues)
        capPerContact?.check(field: "\(field).capPerContact", issues: &issues)
        if channel != .voice, template?.trimmingWhitespace.isEmpty ?? true {
            issues.add("\(field).template", "an \(channel == .sms ? "SMS" : "email") strategy needs a message template")
        }
        if let template {
            if template.count > 20_000 { issues.add("\(field).template", "must be at most 20000 characters") }
            if case .failure(let failure) = MessageTemplate.parse(template, field: "\(field).template") { issues = issues.merging(failure) }
        }
        if channel == .email, subject?.trimmingWhitespace.isEmpty ?? true { issues.add("\(field).subject", "an email strategy needs a subject") }
        if let subject, subject.count > 500 || subject.containsControlCharacter { issues.add("\(field).subject", "must be at most 500 characters on one line") }
        if let html {
            if channel != .email { issues.add("\(field).html", "only an email has an HTML part") }
            if html.count > 100_000 { issues.add("\(field).html", "must be at most 100000 characters") }
            if case .failure(let failure) = MessageTemplate.parse(html, field: "\(field).html") { issues = issues.merging(failure) }
        }
        if responses.count > 50 { issues.add("\(field).responses", "at most 50 rules") }
        for (index, rule) in responses.enumerated() { rule.check(field: "\(field).responses[\(index)]", codes: codes, issues: &issues) }
        if let rate = messagesPerSecond, !(rate > 0 && rate <= Self.maximumMessagesPerSecond) {
            issues.add("\(field).messagesPerSecond", "must be above 0, at most \(Int(Self.maximumMessagesPerSecond))")
        }
        try issues.check()
    }
}

/// A tenant's reusable way of working contacts.
public struct Strategy: Sendable, Equatable {
    public var id: Int64
    public var tenantID: Int64
    public var name: String
    public var channel: Channel
    public var settings: StrategySettings
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, tenantID: Int64, name: String, channel: Channel, settings: StrategySettings, version: Int, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.channel = channel
        self.settings = settings
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
