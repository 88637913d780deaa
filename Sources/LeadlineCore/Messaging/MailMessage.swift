import Foundation

/// An email as it goes on the wire (RFC 5322 with MIME): text and, when given, HTML as
/// alternatives, each base64 so that any character survives every relay; a one-click
/// unsubscribe link (RFC 8058).
public struct MailMessage: Sendable, Equatable {
    public var from: String
    public var to: String
    public var replyTo: String?
    public var subject: String
    public var text: String
    public var html: String?
    /// Without angle brackets.
    public var messageID: String
    public var unsubscribeURL: String?
    public var date: Date

    public init(
        from: String, to: String, replyTo: String? = nil, subject: String, text: String, html: String? = nil, messageID: String,
        unsubscribeURL: String? = nil, date: Date
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.text = text
        self.html = html
        self.messageID = messageID
        self.unsubscribeURL = unsubscribeURL
        self.date = date
    }

    /// The message with CRLF line ends. The boundary is derived from the message id, which no
    /// base64 body can contain (it has characters base64 does not).
    public func rendered() -> String {
        var lines = [
            "From: \(from)",
            "To: \(to)",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
        ]
        if let replyTo { lines.append("Reply-To: \(replyTo)") }
        if let unsubscribeURL {
            lines.append("List-Unsubscribe: <\(unsubscribeURL)>")
            lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        }
        if let html {
            let boundary = "=_leadline_\(messageID.filter { $0.isLetter || $0.isNumber })"
            lines.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
            lines.append("")
            lines.append("--\(boundary)")
            lines += Self.part("text/plain", text)
            lines.append("--\(boundary)")
            lines += Self.part("text/html", html)
            lines.append("--\(boundary)--")
        } else {
            lines += Self.part("text/plain", text)
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func part(_ type: String, _ body: String) -> [String] {
        let encoded = Data(body.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return ["Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: base64", "", encoded]
    }

    /// A header value as RFC 2047 wants it when it is not plain ASCII.
    static func encodedWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        return plain ? text : "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
