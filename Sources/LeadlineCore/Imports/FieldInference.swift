/// The type a column's cells say it holds, read as the list reads them: the narrowest type
/// every non-empty cell of the sample fits, so that `balance > 100` works on the list a file
/// made. Identifiers written with digits (a leading zero, or a header naming a code, a zip or
/// an id) stay text, for a zip code is no quantity.
public enum FieldInference {
    /// At most this many distinct values, each seen in at least this share of cells, make a choice.
    static let choiceValues = 10
    static let choiceSample = 30

    public static func field(for cells: [String], column: String, reading: CellReading) -> FieldDefinition {
        let values = cells.map(\.trimmingWhitespace).filter { !$0.isEmpty }
        let longest = cells.map(\.count).max() ?? 0
        let text = FieldDefinition(name: "", type: .text, size: longest > 1000 ? FieldDefinition.maximumSize : 1000)
        guard !values.isEmpty else { return text }
        if cells.contains(where: { $0.contains(where: \.isNewline) }) {
            var lines = text
            lines.multiLine = true
            lines.size = FieldDefinition.maximumSize
            return lines
        }
        let header = column.lowercased()
        let namesAnIdentifier = ["zip", "postal", "postcode", "code", "id", "number", "no.", "ref", "account", "sku"].contains { header.contains($0) }
        let identifier = namesAnIdentifier || values.contains { $0.count > 1 && $0.first == "0" && $0.allSatisfy(\.isNumber) }
        let namesAPhone = ["phone", "mobile", "tel", "cell", "fax"].contains { header.contains($0) }
        if values.allSatisfy({ isWordFlag($0) }) { return FieldDefinition(name: "", type: .boolean) }
        if values.allSatisfy({ EmailAddress.normalized($0) != nil }) { return FieldDefinition(name: "", type: .email, size: 254) }
        if namesAPhone || values.contains(where: { $0.hasPrefix("+") || $0.contains("(") }),
            values.allSatisfy({ PhoneNumberParser.shared.parse($0, in: reading.region).e164 != nil && $0.filter(\.isNumber).count >= 7 })
        {
            return FieldDefinition(name: "", type: .phone, size: 40)
        }
        if values.allSatisfy({ reading.date($0) != nil && !hasTime($0) }) { return FieldDefinition(name: "", type: .date) }
        if values.allSatisfy({ reading.instant($0) != nil && hasTime($0) }) { return FieldDefinition(name: "", type: .datetime) }
        if !identifier {
            let numbers = values.map(reading.number)
            if numbers.allSatisfy({ $0 != nil }) {
                let whole = values.allSatisfy { $0.allSatisfy { $0.isNumber || $0 == "-" } } && values.allSatisfy { $0.count <= 18 }
                return FieldDefinition(name: "", type: whole ? .integer : .decimal)
            }
        }
        var distinct: [String] = []
        for value in values where !distinct.contains(value) {
            distinct.append(value)
            if distinct.count > choiceValues { break }
        }
        // Places and names repeat in a small file too, but the next file brings new ones: they stay text.
        let namesFreeText = ["city", "town", "name", "address", "street", "company", "country", "county"].contains { header.contains($0) }
        if !namesFreeText, values.count >= choiceSample, distinct.count <= choiceValues, distinct.count * 3 <= values.count,
            distinct.allSatisfy({ $0.count <= 60 && !$0.containsControlCharacter })
        {
            return FieldDefinition(name: "", type: .choice, size: 255, validValues: distinct)
        }
        return text
    }

    private static func isWordFlag(_ value: String) -> Bool {
        ["yes", "no", "y", "n", "true", "false", "x"].contains(value.lowercased())
    }

    private static func hasTime(_ value: String) -> Bool {
        value.contains(":")
    }
}
