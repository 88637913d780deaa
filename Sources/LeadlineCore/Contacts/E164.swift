/// The plain E.164 check: a `+`, a country code that does not start with 0, 8 to 15 digits in all.
///
/// Spaces, dots, dashes and parentheses between digits are accepted as people write them;
/// full national-format parsing with a default region arrives with the phone-number engine.
public enum E164 {
    public static func normalized(_ text: String) -> String? {
        var digits = ""
        var sawPlus = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "+" where !sawPlus && digits.isEmpty: sawPlus = true
            case "0"..."9": digits.unicodeScalars.append(scalar)
            case " ", ".", "-", "(", ")": continue
            default: return nil
            }
        }
        guard sawPlus, (8...15).contains(digits.count), digits.first != "0" else { return nil }
        return "+" + digits
    }
}
