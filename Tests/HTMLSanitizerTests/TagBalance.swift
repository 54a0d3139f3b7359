/// Checks that an HTML fragment's tags are balanced: every non-void start tag has its end tag, in order.
enum TagBalance {
    static let voidElements: Set<String> = ["br", "hr", "img", "source", "wbr", "col"]

    /// Human-readable problems; empty when balanced.
    static func problems(in html: String) -> [String] {
        var stack: [String] = []
        var problems: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else {
                problems.append("unterminated tag")
                break
            }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let isEnd = tag.hasPrefix("/")
            let name = String(tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
            if isEnd {
                if stack.last == name { stack.removeLast() } else { problems.append("unexpected </\(name)>") }
            } else if !voidElements.contains(name) {
                stack.append(name)
            }
        }
        problems += stack.map { "unclosed <\($0)>" }
        return problems
    }
}
