import Foundation

/// Email address checks: what mail servers accept in practice, not every corner of RFC 5322.
public enum EmailAddress {
    /// The address with its domain lowercased, or nil when it is not an address.
    public static func normalized(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace
        guard trimmed.utf8.count <= 254 else { return nil }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let local = parts[0]
        let domain = parts[1].lowercased()
        guard !local.isEmpty, local.utf8.count <= 64, !local.hasPrefix("."), !local.hasSuffix("."),
            !local.contains(".."), local.unicodeScalars.allSatisfy(isLocalCharacter)
        else { return nil }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy(isDomainLabel), let top = labels.last,
            top.count >= 2, !top.allSatisfy(\.isNumber)
        else { return nil }
        return "\(local)@\(domain)"
    }

    private static func isLocalCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value > 127 { return scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "!#$%&'*+-/=?^_`{|}~.".unicodeScalars.contains(scalar)
    }

    private static func isDomainLabel(_ label: Substring) -> Bool {
        !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
            && label.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }
    }
}
