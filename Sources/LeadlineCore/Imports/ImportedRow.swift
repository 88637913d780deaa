/// A file row read into a contact of a list, or the reasons it is rejected, each naming the
/// file column a person has to fix.
public enum ImportedRow: Sendable {
    /// The input as the file gave it (for rules that write only the parts a file fills) and the
    /// contact it makes.
    case contact(ContactInput, ContactContent)
    case rejected([RowIssue])

    /// One reason a row is rejected: the column (nil for the whole row) and why.
    public struct RowIssue: Sendable, Equatable {
        public var column: String?
        public var reason: String

        public init(column: String?, reason: String) {
            self.column = column
            self.reason = reason
        }
    }

    /// Reads `cells` by `mapping` into input for `list`, then through the same rules as a
    /// contact sent to the API. Empty cells leave their part unset.
    public static func read(_ cells: [String], header: [String], mapping: ColumnMapping, list: ContactList) -> ImportedRow {
        guard cells.count == header.count else {
            return .rejected([RowIssue(column: nil, reason: "has \(cells.count) cells where the header has \(header.count)")])
        }
        var input = ContactInput()
        var issues: [RowIssue] = []
        // Which column each input path came from, to name it in a rejection.
        var columns: [String: String] = [:]
        var phones: [(index: Int, column: String, number: String)] = []
        var emails: [(index: Int, column: String, address: String)] = []
        var custom: [String: JSONValue] = [:]
        for (index, target) in mapping.targets.enumerated() {
            guard let target else { continue }
            let cell = cells[index]
            let column = header[index]
            guard !cell.isEmpty else { continue }
            switch target {
            case .externalID: input.externalId = cell; columns["externalId"] = column
            case .firstName: input.firstName = cell; columns["firstName"] = column
            case .lastName: input.lastName = cell; columns["lastName"] = column
            case .timeZone: input.timeZone = cell; columns["timeZone"] = column
            case .state: input.state = cell; columns["state"] = column
            case .priority:
                columns["priority"] = column
                guard let priority = Int(cell.trimmingWhitespace) else {
                    issues.append(RowIssue(column: column, reason: "'\(cell.prefix(40))' is not a priority from 1 to 10"))
                    continue
                }
                input.priority = priority
            case .phone(let slot): phones.append((slot, column, cell))
            case .email(let slot): emails.append((slot, column, cell))
            case .field(let name):
                columns["custom.\(name)"] = column
                guard let field = list.field(named: name) else { continue }
                switch field.normalize(text: cell) {
                case .success(let value): custom[name] = value
                case .failure(let reason): issues.append(RowIssue(column: column, reason: "'\(cell.prefix(40))' \(reason)"))
                }
            }
        }
        phones.sort { $0.index < $1.index }
        emails.sort { $0.index < $1.index }
        for (position, phone) in phones.enumerated() { columns["phones[\(position)].number"] = phone.column }
        for (position, email) in emails.enumerated() { columns["emails[\(position)]"] = email.column }
        if !phones.isEmpty { input.phones = phones.map { PhoneInput(number: $0.number) } }
        if !emails.isEmpty { input.emails = emails.map(\.address) }
        if !custom.isEmpty { input.custom = custom }
        do {
            let content = try ContactRules.create(input, list: list)
            return issues.isEmpty ? .contact(input, content) : .rejected(issues)
        } catch {
            for issue in error.issues where !issues.contains(where: { $0.column == columns[issue.field] && columns[issue.field] != nil }) {
                issues.append(RowIssue(column: columns[issue.field] ?? Self.column(for: issue.field, in: columns), reason: issue.reason))
            }
            return .rejected(issues)
        }
    }

    /// The column behind a path such as `phones` or `custom.balance` when no cell filled it.
    private static func column(for field: String, in columns: [String: String]) -> String? {
        columns.first { $0.key.hasPrefix(field) }?.value
    }
}
