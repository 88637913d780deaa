/// The whitespace trimming and control-character check of every text a person sends, without
/// Foundation's bridging: an import runs them on every cell of millions of rows.
extension StringProtocol {
    /// Without leading and trailing spaces and tabs (Unicode's space separators and the
    /// zero-width space included), as
    /// Foundation's `trimmingCharacters(in: .whitespaces)` trims.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isHorizontalSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isHorizontalSpace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[first...last])
        return result
    }

    /// Whether the text holds a control or format character (`CharacterSet.controlCharacters`).
    public var containsControlCharacter: Bool {
        unicodeScalars.contains { scalar in
            if scalar.value < 0x80 { return scalar.value < 0x20 || scalar.value == 0x7F }
            let category = scalar.properties.generalCategory
            return category == .control || category == .format
        }
    }
}

extension IssueCollector {
    /// The one rule for every name-like text a person gives (a display name, an owner, a
    /// template's or a source's name): 1 to `maximum` characters on one line, no control or
    /// format characters, not only spaces.
    public mutating func checkLabel(_ text: String, field: String, maximum: Int = 100) {
        if text.trimmingWhitespace.isEmpty || text.count > maximum || text.containsControlCharacter {
            add(field, "must be 1 to \(maximum) characters on one line, without control characters")
        }
    }
}

private func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value == 0x09 }
    // Foundation counts the zero-width space as whitespace too.
    return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
}

/// A yes/no as files and query strings write it: `true`, `1`, `yes` or `false`, `0`, `no`, any case.
public func parseFlag(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "true", "1", "yes": true
    case "false", "0", "no": false
    default: nil
    }
}
