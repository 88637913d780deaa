import LeadlineCore

/// How a campaign's parts are written in their columns.
enum CampaignDocuments {
    static func filter(_ filter: CampaignFilter) -> JSONValue {
        switch filter {
        case .everyone: .object(["kind": .string("everyone")])
        case .inline(let filter): .object(["kind": .string("inline"), "filter": FilterJSON.write(filter)])
        case .template(let name): .object(["kind": .string("template"), "name": .string(name)])
        }
    }

    static func filter(_ value: JSONValue) throws -> CampaignFilter {
        guard case .object(let members) = value else { return .everyone }
        switch members["kind"] {
        case .string("inline")?: return .inline(try FilterJSON.read(members["filter"] ?? .null))
        case .string("template")?:
            guard case .string(let name)? = members["name"] else { return .everyone }
            return .template(name)
        default: return .everyone
        }
    }

    static func ordering(_ ordering: CampaignOrdering) -> JSONValue {
        switch ordering {
        case .priority: .object(["by": .string("priority")])
        case .field(let name, let descending): .object(["by": .string("field"), "field": .string(name), "descending": .bool(descending)])
        }
    }

    static func ordering(_ value: JSONValue) -> CampaignOrdering {
        guard case .object(let members) = value, case .string("field")? = members["by"], case .string(let name)? = members["field"] else { return .priority }
        if case .bool(let descending)? = members["descending"] { return .field(name, descending: descending) }
        return .field(name, descending: false)
    }
}
