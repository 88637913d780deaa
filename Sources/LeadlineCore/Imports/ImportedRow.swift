import Foundation

/// A file row read into a contact of a list, or the reasons it is rejected, each naming the
/// file column a person has to fix.
public enum ImportedRow: Sendable {
    /// The row to plan, and how many numbers and addresses it repeated in another column.
    case contact(ImportPlan.Row, folded: Int)
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

    /// Reads `cells` by `mapping` into input for `list`, values written as `reading` says, then
    /// through the same rules as a contact sent to the API. An empty cell leaves its part unset
    /// unless `emptyCells` clears it; a number or address repeated in another column is folded.
    public static func read(
        _ cells: [String], line: Int, header: [String], mapping: ColumnMapping, list: ContactList, reading: CellReading,
        emptyCells: ImportRules.EmptyCells = .keep, now: Date = Date()
    ) -> ImportedRow {
        guard cells.count == header.count else {
            return .rejected([RowIssue(column: nil, reason: "has \(cells.count) cells where the header has \(header.count)")])
        }
        let clears = emptyCells == .clear
        var input = ContactInput()
        var issues: [RowIssue] = []
        // Which column each input path came from, to name it in a rejection.
        var columns: [String: String] = [:]
        var phones: [(slot: Int, column: String, number: String)] = []
        var emails: [(slot: Int, column: String, address: String)] = []
        var custom: [String: JSONValue] = [:]
        var callbackAt: Date?
        for (index, target) in mapping.targets.enumerated() {
            guard let target else { continue }
            let cell = cells[index]
            let column = header[index]
            if cell.isEmpty {
                guard clears else { continue }
                switch target {
                case .externalID: input.externalId = ""
                case .firstName: input.firstName = ""
                case .lastName: input.lastName = ""
                case .timeZone: input.timeZone = ""
                case .state: input.state = ""
                case .priority, .callbackAt: break
                case .phone: input.phones = input.phones ?? []
                case .email: input.emails = input.emails ?? []
                case .field(let name): if list.field(named: name) != nil { custom[name] = .null }
                }
                continue
            }
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
            case .callbackAt:
                let (time, problem) = Self.callbackTime(cell, reading: reading, now: now)
                callbackAt = time
                if let problem { issues.append(RowIssue(column: column, reason: problem)) }
                columns["callbackAt"] = column
            case .phone(let slot): phones.append((slot, column, cell))
            case .email(let slot): emails.append((slot, column, cell))
            case .field(let name):
                columns["custom.\(name)"] = column
                guard let field = list.field(named: name) else { continue }
                switch field.normalize(text: cell, reading: reading) {
                case .success(let value): custom[name] = value
                case .failure(let reason): issues.append(RowIssue(column: column, reason: "'\(cell.prefix(40))' \(reason)"))
                }
            }
        }
        phones.sort { $0.slot < $1.slot }
        emails.sort { $0.slot < $1.slot }
        for (position, phone) in phones.enumerated() { columns["phones[\(position)].number"] = phone.column }
        for (position, email) in emails.enumerated() { columns["emails[\(position)]"] = email.column }
        if !phones.isEmpty { input.phones = phones.map { PhoneInput(number: $0.number) } }
        if !emails.isEmpty { input.emails = emails.map(\.address) }
        if !custom.isEmpty { input.custom = custom }
        do {
            let (content, folded) = try ContactRules.createFoldingRepeats(&input, list: list)
            guard issues.isEmpty else { return .rejected(issues) }
            let row = ImportPlan.Row(
                line: line, input: input, content: content,
                phoneSlots: phones.enumerated().filter { !folded.phones.contains($0.offset) }.map(\.element.slot),
                emailSlots: emails.enumerated().filter { !folded.emails.contains($0.offset) }.map(\.element.slot), callbackAt: callbackAt)
            return .contact(row, folded: folded.count)
        } catch {
            for issue in error.issues where !issues.contains(where: { $0.column == columns[issue.field] && columns[issue.field] != nil }) {
                issues.append(RowIssue(column: columns[issue.field] ?? Self.column(for: issue.field, in: columns), reason: issue.reason))
            }
            return .rejected(issues)
        }
    }

    /// A callback time as a cell writes it, read as a date and time field is, from now to a
    /// year ahead; else why it is none.
    private static func callbackTime(_ cell: String, reading: CellReading, now: Date) -> (time: Date?, problem: String?) {
        guard let instant = reading.instant(cell) else { return (nil, "'\(cell.prefix(40))' is not a date and time") }
        var issues = IssueCollector()
        CallbackOptions().check(dueAt: instant, dueField: "callback_at", now: now, handlingAgent: nil, issues: &issues)
        if let issue = issues.issues.first { return (nil, "callback time '\(cell.prefix(40))' \(issue.reason)") }
        return (instant, nil)
    }

    /// The column behind a path such as `phones` or `custom.balance` when no cell filled it.
    private static func column(for field: String, in columns: [String: String]) -> String? {
        columns.first { $0.key.hasPrefix(field) }?.value
    }
}
