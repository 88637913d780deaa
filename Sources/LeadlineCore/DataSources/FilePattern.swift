import Foundation

/// The files a data source reads: a glob (`/in/leads-*.csv`, several files in one run), or a
/// pattern with `$rdatetime$`, which picks the file with the newest `yyyyMMddHHmmss` stamp.
public enum FilePattern {
    public static let stampMarker = "$rdatetime$"

    /// Of `names` (file names in one directory), those `pattern` picks, in the order to import them.
    public static func pick(_ names: [String], pattern: String) -> [String] {
        if let marker = pattern.range(of: stampMarker) {
            let prefix = pattern[..<marker.lowerBound]
            let suffix = pattern[marker.upperBound...]
            let stamped = names.compactMap { name -> (String, String)? in
                guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count == prefix.count + 14 + suffix.count else { return nil }
                let stamp = String(name.dropFirst(prefix.count).prefix(14))
                return stamp.allSatisfy(\.isASCIIDigit) ? (stamp, name) : nil
            }
            return stamped.max { $0.0 < $1.0 }.map { [$0.1] } ?? []
        }
        return names.filter { matches($0, glob: pattern) }.sorted()
    }

    /// Whether `name` matches `glob`: `*` any run of characters, `?` one character.
    public static func matches(_ name: String, glob: String) -> Bool {
        let name = Array(name)
        let glob = Array(glob)
        var (n, g) = (0, 0)
        var star: (glob: Int, name: Int)?
        while n < name.count {
            if g < glob.count, glob[g] == "?" || glob[g] == name[n] {
                n += 1
                g += 1
            } else if g < glob.count, glob[g] == "*" {
                star = (g, n)
                g += 1
            } else if let last = star {
                g = last.glob + 1
                n = last.name + 1
                star = (last.glob, last.name + 1)
            } else {
                return false
            }
        }
        while g < glob.count, glob[g] == "*" { g += 1 }
        return g == glob.count
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
