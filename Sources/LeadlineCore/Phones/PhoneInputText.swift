/// The digits, plus sign and extension of a number as people type it: spaces, dots, dashes,
/// parentheses, full-width or other scripts' digits, vanity letters, `ext. 12`, `x12`, `#12`.
struct PhoneInputText {
    var digits: [UInt8] = []
    var hasPlus = false
    var `extension`: String?

    /// Nil when the text holds something no phone number holds.
    init?(_ text: String) {
        var body = Substring(text)
        if Self.mayHoldExtension(text), let (rest, digits) = Self.splitExtension(body) {
            body = rest
            `extension` = digits
        }
        if body.utf8.allSatisfy({ $0 < 0x80 }) {
            guard readASCII(body.utf8) else { return nil }
            return
        }
        var letters = 0
        var realDigits = 0
        var pending: [UInt8] = []
        for scalar in body.unicodeScalars {
            if let digit = Self.digit(scalar) {
                realDigits += 1
                pending.append(digit)
            } else if scalar == "+" || scalar == "\u{FF0B}" {
                guard pending.isEmpty, !hasPlus else { return nil }
                hasPlus = true
            } else if let key = Self.keypad(scalar) {
                letters += 1
                pending.append(key)
            } else if !Self.isSeparator(scalar) {
                return nil
            }
        }
        // A few stray letters are a typo, not a vanity number such as 1-800-FLOWERS; and a word
        // is not a number: like libphonenumber, a vanity number needs three real digits.
        guard letters == 0 || (letters >= 3 && realDigits >= 3), realDigits >= 2 else { return nil }
        digits = pending
    }

    /// The common case, plain ASCII, read byte by byte; the same rules as the Unicode path.
    private mutating func readASCII(_ bytes: Substring.UTF8View) -> Bool {
        var letters = 0
        var realDigits = 0
        digits.reserveCapacity(bytes.count)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                realDigits += 1
                digits.append(byte)
            case UInt8(ascii: "+"):
                guard digits.isEmpty, !hasPlus else { return false }
                hasPlus = true
            case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "/"), UInt8(ascii: "~"), UInt8(ascii: "\t"):
                continue
            default:
                guard let key = Self.keypad(Unicode.Scalar(byte)) else { return false }
                letters += 1
                digits.append(key)
            }
        }
        return letters == 0 || (letters >= 3 && realDigits >= 3) ? realDigits >= 2 : false
    }

    /// Whether the text has a character an extension marker starts with; most numbers have none.
    private static func mayHoldExtension(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "e")
            || $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: ";") || $0 > 0x7F }
    }

    private static func digit(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value >= 48 && scalar.value <= 57 { return UInt8(scalar.value) }
        guard scalar.value > 127, scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
        return UInt8(48 + Int(value))
    }

    private static func keypad(_ scalar: Unicode.Scalar) -> UInt8? {
        var value = scalar.value
        if value >= 0xFF21 && value <= 0xFF3A { value -= 0xFF21 - 65 }
        if value >= 0xFF41 && value <= 0xFF5A { value -= 0xFF41 - 97 }
        if value >= 97 && value <= 122 { value -= 32 }
        guard value >= 65 && value <= 90 else { return nil }
        let keys: [UInt8] = Array("22233344455566677778889999".utf8)
        return keys[Int(value - 65)]
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", ".", "(", ")", "[", "]", "/", "~", "-", "\u{00A0}", "\u{2010}"..."\u{2015}", "\u{2212}", "\u{30FC}",
            "\u{FF0D}", "\u{FF0E}", "\u{FF08}", "\u{FF09}", "\u{3000}", "\u{2060}", "\u{200B}", "\t":
            true
        default:
            scalar.properties.generalCategory == .dashPunctuation || scalar.properties.isWhitespace
        }
    }

    /// `text` without a trailing extension, and the extension's digits.
    private static func splitExtension(_ text: Substring) -> (Substring, String)? {
        let scalars = Array(text.unicodeScalars)
        var end = scalars.count
        var digits: [UInt8] = []
        while end > 0, let digit = digit(scalars[end - 1]) {
            digits.insert(digit, at: 0)
            end -= 1
        }
        guard (1...7).contains(digits.count) else { return nil }
        var markerEnd = end
        while markerEnd > 0, [" ", ".", ":", "="].contains(scalars[markerEnd - 1]) { markerEnd -= 1 }
        let head = String(String.UnicodeScalarView(scalars[..<markerEnd])).lowercased()
        for marker in [";ext", "extension", "extn", "ext", "x", "#"] where head.hasSuffix(marker) {
            let cut = head.dropLast(marker.count)
            // `x` alone must follow a separator or a digit, so a vanity word ending in x stays whole.
            if marker == "x", let last = cut.last, last.isLetter { continue }
            guard cut.contains(where: \.isNumber) else { return nil }
            return (Substring(cut), String(decoding: digits, as: UTF8.self))
        }
        return nil
    }
}
