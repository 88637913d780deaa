import Foundation

/// A query string read as HTML forms and Kannel write it, `+` for a space; Hummingbird's
/// query parameters keep the `+`.
struct FormQuery {
    private var values: [String: String] = [:]

    init(_ query: String?) {
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = parts.first.flatMap({ String($0).removingPercentEncoding }), values[key] == nil else { continue }
            let raw = parts.count > 1 ? String(parts[1]) : ""
            values[key] = raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? raw
        }
    }

    subscript(_ key: String) -> String? { values[key] }
}
