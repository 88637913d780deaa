/// The digits, plus sign and extension of a number as people type it: spaces, dots, dashes,
/// parentheses, full-width or other scripts' digits, vanity letters, `ext. 12`, `x12`, `#12`.
struct PhoneInputText {
    var digits: [UInt8] = []
    var hasPlus = false
    var `extension`: String?

    /// Nil when the text holds something no phone number holds.
    init?(_ text: String) {
        var text = text
        let fast = text.withUTF8 { readPlainASCII($0) }
        switch fast {
        case .read: return
        case .notANumber: return nil
        case .needsFullRead: self = PhoneInputText()
        }
        var body = Substring(text)
        if let (rest, digits) = Self.splitExtension(body) {
            body = rest
            `extension` = digits
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
        guard Self.isNumber(letters: letters, realDigits: realDigits) else { return nil }
        digits = pending
    }

    private init() {}

    private enum FastRead { case read, notANumber, needsFullRead }

    /// The common case in one pass: ASCII with no extension marker. Anything else (other
    /// scripts, `x`, `#`, `ext`) goes to the full reading.
    private mutating func readPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> FastRead {
        var letters = 0
        var realDigits = 0
        digits.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                realDigits += 1
                digits.append(byte)
            case UInt8(ascii: "+"):
                guard digits.isEmpty, !hasPlus else { return .notANumber }
                hasPlus = true
            case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "/"), UInt8(ascii: "~"), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "#"), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: ";"):
                guard realDigits > 0, let found = Self.plainExtension(bytes[index...], after: index > 0 ? bytes[index - 1] : nil) else {
                    return .needsFullRead
                }
                `extension` = found
                return Self.isNumber(letters: letters, realDigits: realDigits) ? .read : .notANumber
            case 0x80...:
                return .needsFullRead
            default:
                guard let key = Self.keypad(Unicode.Scalar(byte)) else { return .notANumber }
                letters += 1
                digits.append(key)
            }
        }
        return Self.isNumber(letters: letters, realDigits: realDigits) ? .read : .notANumber
    }

    /// The digits of an ASCII extension (`ext. 12`, `x12`, `#12`) that `tail` is whole, read as
    /// `splitExtension` reads it; nil when `tail` is anything else.
    private static func plainExtension(_ tail: Slice<UnsafeBufferPointer<UInt8>>, after previous: UInt8?) -> String? {
        var rest = tail[...]
        guard let marker = extensionMarkers.first(where: { startsWithoutCase(rest, $0) }) else { return nil }
        if marker == "x", let previous, (previous | 0x20) >= UInt8(ascii: "a"), (previous | 0x20) <= UInt8(ascii: "z") { return nil }
        rest = rest.dropFirst(marker.utf8.count)
        while let first = rest.first, [UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "=")].contains(first) {
            rest = rest.dropFirst()
        }
        guard (1...7).contains(rest.count), rest.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return String(decoding: rest, as: UTF8.self)
    }

    private static func startsWithoutCase(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ marker: String) -> Bool {
        bytes.count >= marker.utf8.count && zip(bytes, marker.utf8).allSatisfy { actual, expected in
            (actual >= 65 && actual <= 90 ? actual + 32 : actual) == expected
        }
    }

    /// A few stray letters are a typo, not a vanity number such as 1-800-FLOWERS; and a word is
    /// not a number: like libphonenumber, a vanity number needs three real digits.
    private static func isNumber(letters: Int, realDigits: Int) -> Bool {
        (letters == 0 || (letters >= 3 && realDigits >= 3)) && realDigits >= 2
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
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        var digits: [UInt8] = []
        while end > scalars.startIndex, let digit = digit(scalars[scalars.index(before: end)]) {
            digits.append(digit)
            end = scalars.index(before: end)
        }
        guard (1...7).contains(digits.count) else { return nil }
        while end > scalars.startIndex, [" ", ".", ":", "="].contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        for marker in extensionMarkers {
            guard let start = startOfSuffix(marker, in: scalars, endingAt: end) else { continue }
            // `x` alone must follow a separator or a digit, so a vanity word ending in x stays whole.
            if marker == "x", start > scalars.startIndex, scalars[scalars.index(before: start)].properties.isAlphabetic { continue }
            let head = scalars[..<start]
            guard head.contains(where: { digit($0) != nil }) else { return nil }
            return (Substring(head), String(decoding: digits.reversed(), as: UTF8.self))
        }
        return nil
    }

    private static let extensionMarkers: [String] = [";ext", "extension", "extn", "ext", "x", "#"]

    /// Where `marker` starts when the scalars before `end` end with it, letters compared without case.
    private static func startOfSuffix(
        _ marker: String, in scalars: Substring.UnicodeScalarView, endingAt end: Substring.UnicodeScalarView.Index
    ) -> Substring.UnicodeScalarView.Index? {
        var index = end
        for expected in marker.unicodeScalars.reversed() {
            guard index > scalars.startIndex else { return nil }
            index = scalars.index(before: index)
            var actual = scalars[index].value
            if actual >= 65 && actual <= 90 { actual += 32 }
            guard actual == expected.value else { return nil }
        }
        return index
    }
}
