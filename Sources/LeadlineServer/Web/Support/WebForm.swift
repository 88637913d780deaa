import Crypto
import Foundation
import Hummingbird

/// A form a page posted, `application/x-www-form-urlencoded`, read whole up to a small limit.
struct WebForm: Sendable {
    private var values: [String: [String]] = [:]
    /// The names in the order the form sent them, for fields the page names by prefix.
    private(set) var names: [String] = []

    static let maximumSize = 1 << 20
    static let csrfField = "csrf"

    init(_ pairs: [(String, String)]) {
        for (name, value) in pairs {
            if values[name] == nil { names.append(name) }
            values[name, default: []].append(value)
        }
    }

    static func read(_ request: Request) async throws -> WebForm {
        let buffer = try await request.body.collect(upTo: maximumSize)
        return WebForm(decoding: String(buffer: buffer))
    }

    init(decoding body: String) {
        let pairs = body.split(separator: "&").map { pair -> (String, String) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
        self.init(pairs)
    }

    subscript(_ name: String) -> String? { values[name]?.first }

    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// A checkbox: sent when ticked, absent when not.
    func isChecked(_ name: String) -> Bool { values[name] != nil }

    /// Whether the form carries the session's own token: a form from another site cannot.
    func carriesToken(_ expected: String?) -> Bool {
        Self.sameToken(self[Self.csrfField], expected)
    }

    /// Compared in constant time, so the comparison's speed does not spell the token out.
    static func sameToken(_ given: String?, _ expected: String?) -> Bool {
        guard let given, let expected, !expected.isEmpty else { return false }
        let a = SHA256.hash(data: Data(given.utf8))
        let b = SHA256.hash(data: Data(expected.utf8))
        return a == b
    }
}
