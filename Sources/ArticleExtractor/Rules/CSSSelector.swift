import Foundation

/// Translates the simple CSS selectors rules are usually written in to XPath 1.0.
///
/// Supported: type (`div`, `*`), `.class`, `#id`, `[attr]`, `[attr=v]`, `[attr~=v]`, `[attr*=v]`,
/// `[attr^=v]`, `[attr$=v]`, descendant (` `) and child (`>`) combinators, groups (`,`), and the
/// scraper-style `::attr(name)` at the end of a selector to select an attribute instead of the element.
enum CSSSelector {
    /// Whether a rule value is XPath (starts with `/`, `(` or `./`) rather than CSS.
    static func isXPath(_ expression: String) -> Bool {
        let trimmed = expression.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("/") || trimmed.hasPrefix("(") || trimmed.hasPrefix("./") || trimmed.hasPrefix("string(")
    }

    /// The XPath for a rule value: XPath as is, CSS translated (searching the whole document).
    ///
    /// - Throws: ``ExtractionError`` (`.invalidRule`) for CSS it does not understand.
    static func xpath(for expression: String) throws(ExtractionError) -> String {
        if isXPath(expression) { return expression }
        var groups: [String] = []
        for group in splitGroups(expression) {
            groups.append(try translate(group, original: expression))
        }
        guard !groups.isEmpty else { throw ExtractionError(.invalidRule, "empty selector") }
        return groups.count == 1 ? groups[0] : groups.joined(separator: " | ")
    }

    private static func splitGroups(_ text: String) -> [String] {
        var groups: [String] = [], current = "", depth = 0, quote: Character?
        for c in text {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "[" || c == "(" {
                depth += 1
            } else if c == "]" || c == ")" {
                depth -= 1
            } else if c == ",", depth == 0 {
                groups.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                continue
            }
            current.append(c)
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { groups.append(last) }
        return groups.filter { !$0.isEmpty }
    }

    private static func translate(_ selector: String, original: String) throws(ExtractionError) -> String {
        func bad(_ why: String) -> ExtractionError { ExtractionError(.invalidRule, "CSS selector '\(original)': \(why)") }
        var text = Substring(selector)
        var attributeSuffix = ""
        if let range = text.range(of: "::attr(") {
            guard text.hasSuffix(")") else { throw bad("::attr( is not closed") }
            let name = text[range.upperBound..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
            guard isName(name) else { throw bad("bad attribute name '\(name)'") }
            attributeSuffix = "/@" + name
            text = text[..<range.lowerBound]
        }
        var xpath = ""
        var axis = "//"
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == " " || c == ">" {
                var sawChild = false
                while i < text.endIndex, text[i] == " " || text[i] == ">" {
                    if text[i] == ">" { sawChild = true }
                    i = text.index(after: i)
                }
                axis = sawChild ? "/" : "//"
                continue
            }
            // One compound selector.
            var tag = "*"
            var predicates: [String] = []
            let nameStart = i
            while i < text.endIndex, (isNameChar(text[i]) && text[i] != ":") || text[i] == "*" { i = text.index(after: i) }
            if i > nameStart { tag = String(text[nameStart..<i]).lowercased() }
            while i < text.endIndex, text[i] != " ", text[i] != ">" {
                let marker = text[i]
                i = text.index(after: i)
                switch marker {
                case ".", "#":
                    let start = i
                    while i < text.endIndex, isNameChar(text[i]) && text[i] != ":" { i = text.index(after: i) }
                    let name = String(text[start..<i])
                    guard !name.isEmpty else { throw bad("empty name after '\(marker)'") }
                    predicates.append(marker == "." ? "contains(concat(' ', normalize-space(@class), ' '), ' \(name) ')" : "@id='\(name)'")
                case "[":
                    guard let close = text[i...].firstIndex(of: "]") else { throw bad("'[' is not closed") }
                    predicates.append(try attributePredicate(String(text[i..<close]), bad: bad))
                    i = text.index(after: close)
                default:
                    throw bad("'\(marker)' is not supported")
                }
            }
            xpath += axis + tag + predicates.map { "[\($0)]" }.joined()
        }
        guard !xpath.isEmpty else { throw bad("nothing to select") }
        return xpath + attributeSuffix
    }

    private static func attributePredicate(_ body: String, bad: (String) -> ExtractionError) throws(ExtractionError) -> String {
        let operators = ["~=", "*=", "^=", "$=", "="]
        for op in operators {
            guard let range = body.range(of: op) else { continue }
            let name = body[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            var value = body[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            guard isName(name), !value.contains("'") else { throw bad("bad attribute test '[\(body)]'") }
            let attr = "@" + name
            switch op {
            case "~=": return "contains(concat(' ', normalize-space(\(attr)), ' '), ' \(value) ')"
            case "*=": return "contains(\(attr), '\(value)')"
            case "^=": return "starts-with(\(attr), '\(value)')"
            case "$=": return "substring(\(attr), string-length(\(attr)) - \(value.count - 1)) = '\(value)'"
            default: return "\(attr)='\(value)'"
            }
        }
        let name = body.trimmingCharacters(in: .whitespaces)
        guard isName(name) else { throw bad("bad attribute name '\(name)'") }
        return "@" + name
    }

    private static func isNameChar(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "-" || c == "_" || c == ":"
    }

    private static func isName(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy(isNameChar) }
}
