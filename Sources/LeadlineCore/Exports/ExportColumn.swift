/// A column of an export: the contact's id and status, or any part an import fills, under the
/// name an import maps back, so an exported file imports again as it is.
public enum ExportColumn: Sendable, Hashable, CustomStringConvertible {
    case id, status
    case part(ImportTarget)

    public var description: String {
        switch self {
        case .id: "id"
        case .status: "status"
        case .part(let target): target.description
        }
    }

    /// The column a name names for `list`; nil when it names nothing.
    public init?(named name: String, in list: ContactList) {
        switch ImportTarget.folded(name) {
        case "id": self = .id
        case "status": self = .status
        default:
            // A callback belongs to a campaign, not to the contact: no column of an export.
            guard let target = ImportTarget(named: name, in: list), target != .callbackAt else { return nil }
            self = .part(target)
        }
    }

    /// Every part of the list's contacts: ids, names, as many email and phone columns as the
    /// widest contact needs, zone, state, priority, status and every field of the schema.
    public static func all(of list: ContactList, emails: Int, phones: Int) -> [ExportColumn] {
        var columns: [ExportColumn] = [.id, .part(.externalID), .part(.firstName), .part(.lastName)]
        columns += (0..<max(1, emails)).map { .part(.email($0 + 1)) }
        columns += (0..<max(1, phones)).map { .part(.phone($0 + 1)) }
        columns += [.part(.timeZone), .part(.state), .part(.priority), .status]
        columns += list.schema.map { .part(.field($0.name)) }
        return columns
    }

    /// The columns `names` asks for, or an error naming each unknown one.
    public static func named(_ names: [String], in list: ContactList) throws(ValidationFailure) -> [ExportColumn] {
        var issues = IssueCollector()
        var columns: [ExportColumn] = []
        for (index, name) in names.enumerated() {
            guard let column = ExportColumn(named: name, in: list) else {
                issues.add("fields[\(index)]", "'\(name.prefix(64))' is no part of a contact and no field of list '\(list.settings.name)'")
                continue
            }
            columns.append(column)
        }
        if names.isEmpty { issues.add("fields", "must name at least one column") }
        try issues.check()
        return columns
    }

    /// The cell of `contact` in this column, as text an import reads back.
    public func cell(of contact: Contact) -> String {
        let content = contact.content
        switch self {
        case .id: return String(contact.id)
        case .status: return content.status.rawValue
        case .part(let target):
            switch target {
            case .externalID: return content.externalID ?? ""
            case .firstName: return content.firstName ?? ""
            case .lastName: return content.lastName ?? ""
            case .timeZone: return content.timeZone ?? ""
            case .state: return content.state ?? ""
            case .priority: return String(content.priority)
            case .callbackAt: return ""
            case .email(let slot): return slot <= content.emails.count ? content.emails[slot - 1] : ""
            case .phone(let slot):
                guard slot <= content.phones.count else { return "" }
                return content.phones[slot - 1].written
            case .field(let name): return content.custom[name]?.cellText ?? ""
            }
        }
    }
}
