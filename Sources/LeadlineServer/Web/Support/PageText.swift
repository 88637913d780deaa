import Foundation
import LeadlineCore

/// How pages write values a person reads: times, counts, and addresses passed along.
enum PageText {
    static func time(_ date: Date?) -> String {
        guard let date else { return "" }
        // RFC 3339 without its fraction, with a space: 2026-12-03 19:04:05Z reads as a time.
        let text = Timestamp.format(date)
        let seconds = text.firstIndex(of: ".").map { String(text[..<$0]) + "Z" } ?? text
        return seconds.replacingOccurrences(of: "T", with: " ")
    }

    static func count(_ value: Int) -> String {
        value.formatted(.number.grouping(.automatic))
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? ""
    }

    /// A `next` address after sign-in: only a path of this admin, never another site.
    static func localTarget(_ text: String?) -> String {
        guard let text, text.hasPrefix(AdminLink.root + "/") || text == AdminLink.root, !text.hasPrefix("//"),
            !text.contains("\\"), !text.contains("://")
        else { return AdminLink.lists.href }
        return text
    }
}
