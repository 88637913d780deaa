import Foundation

/// How list input becomes list settings; pure, so every rule is tested without a store.
public enum ListRules {
    /// Settings for a new list; `name` is required, the rest take defaults.
    public static func create(_ input: ListInput, schema: [FieldDefinition], ownTenant: Int64) throws(ValidationFailure) -> ListSettings {
        guard let name = input.name else { throw ValidationFailure(field: "name", reason: "is required") }
        return try apply(input, to: ListSettings(name: name), schema: schema, ownTenant: ownTenant)
    }

    /// Settings after an update: parts left out of the input keep their value.
    public static func apply(
        _ input: ListInput, to current: ListSettings, schema: [FieldDefinition], ownTenant: Int64
    ) throws(ValidationFailure) -> ListSettings {
        var issues = IssueCollector()
        var settings = current
        if let name = input.name {
            do { settings.name = try Tenant.validateName(name) } catch { issues = issues.merging(error) }
        }
        if let description = input.description {
            if description.count > 2000 { issues.add("description", "must be at most 2000 characters") }
            settings.description = description
        }
        if let owner = input.owner {
            if !owner.isEmpty { issues.checkLabel(owner, field: "owner") }
            settings.owner = owner
        }
        if let zone = input.timeZone {
            if TimeZone(identifier: zone) == nil || zone.isEmpty {
                issues.add("timeZone", "'\(zone.prefix(64))' is not an IANA time zone such as Europe/Paris")
            }
            settings.timeZone = zone
        }
        if let region = input.defaultRegion {
            do { settings.defaultRegion = try Tenant.validateRegion(region) } catch { issues = issues.merging(error) }
        }
        if let locale = input.locale {
            if locale.isEmpty {
                settings.locale = nil
            } else if let known = Self.locale(locale) {
                settings.locale = known
            } else {
                issues.add("locale", "'\(locale.prefix(20))' is not a language or locale such as en, en-US, de, fr-CA or es")
            }
        }
        if let order = input.dateOrder {
            if order.isEmpty {
                settings.dateOrder = nil
            } else if let known = DateOrder(rawValue: order.lowercased()) {
                settings.dateOrder = known
            } else {
                issues.add("dateOrder", "must be mdy (MM/DD/YYYY), dmy (DD/MM/YYYY) or ymd (YYYY-MM-DD)")
            }
        }
        if let enabled = input.enabled { settings.enabled = enabled }
        if let keep = input.keepInvalidNumbers { settings.keepInvalidNumbers = keep }
        if let key = input.dedupKey {
            if case .field(let name) = key, !schema.contains(where: { $0.name == name }) {
                issues.add("dedupKey", "field '\(name.prefix(64))' is not in the list's schema")
            }
            settings.dedupKey = key
        }
        if let grants = input.sharedWith {
            let tenants = grants.map(\.tenantID)
            if tenants.contains(ownTenant) { issues.add("sharedWith", "a list is always visible to its own tenant") }
            if Set(tenants).count != tenants.count { issues.add("sharedWith", "must not repeat a tenant") }
            if tenants.contains(where: { $0 <= 0 }) { issues.add("sharedWith", "tenant ids are positive") }
            if grants.count > 1000 { issues.add("sharedWith", "at most 1000 tenants") }
            settings.sharedWith = grants.sorted { $0.tenantID < $1.tenantID }
        }
        try issues.check()
        return settings
    }

    /// A locale Foundation knows, written `language` or `language-REGION`; nil for anything else.
    static func locale(_ text: String) -> String? {
        let parts = text.replacingOccurrences(of: "_", with: "-").split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLetter } }) else { return nil }
        let language = parts[0].lowercased()
        let written = parts.count == 2 ? "\(language)-\(parts[1].uppercased())" : language
        let known = Locale.availableIdentifiers
        return known.contains(written.replacingOccurrences(of: "-", with: "_")) || known.contains(written) ? written : nil
    }
}
