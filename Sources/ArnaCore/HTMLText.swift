/// Plain text made safe to put inside HTML.
public enum HTMLText {
    /// Escapes `&`, `<`, `>` and `"`, so the text reads the same inside an element or a
    /// double-quoted attribute value.
    ///
    /// - Parameter text: Plain text.
    /// - Returns: The text with those four characters as entity references.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
