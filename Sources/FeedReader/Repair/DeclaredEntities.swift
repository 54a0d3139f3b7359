import Foundation

/// The general entities a document declares in its internal DTD subset, expanded by arna
/// itself under a budget (libxml2 never sees them), so "billion laughs" and quadratic
/// blow-ups are refused before any expansion happens.
struct DeclaredEntities {
    enum Entity {
        case inline(String)
        case external(String)
    }

    private(set) var entities: [String: Entity] = [:]
    private var expanded: [String: String] = [:]
    /// How many replacement texts were built (each entity's at most once).
    private(set) var builds = 0
    /// Bytes the document's entity references have expanded to so far.
    private(set) var spent = 0
    let budget: Int

    init(budget: Int) { self.budget = budget }

    var isEmpty: Bool { entities.isEmpty }

    /// Reads `<!ENTITY name "value">` and `<!ENTITY name SYSTEM "uri">` declarations from an
    /// internal subset. Parameter entities are ignored (never expanded).
    mutating func declare(fromSubset subset: String) throws(ReadError) {
        var rest = Substring(subset)
        while let range = rest.range(of: "<!ENTITY") {
            rest = rest[range.upperBound...]
            var scanner = DeclarationScanner(rest)
            scanner.skipSpace()
            if scanner.peek == "%" { continue }  // parameter entity: never used
            guard let name = scanner.name() else { continue }
            scanner.skipSpace()
            if let value = scanner.quoted() {
                if entities[name] == nil { entities[name] = .inline(value) }  // first wins (XML 1.0 §4.2)
            } else if let keyword = scanner.name(), keyword == "SYSTEM" || keyword == "PUBLIC" {
                scanner.skipSpace()
                var uri = scanner.quoted() ?? ""
                if keyword == "PUBLIC" { scanner.skipSpace(); uri = scanner.quoted() ?? uri }
                if entities[name] == nil { entities[name] = .external(uri) }
            }
            rest = scanner.remainder
        }
        // Refuse at once when any entity alone would exceed the budget.
        var sizes: [String: Int] = [:]
        for name in entities.keys {
            var visiting: Set<String> = []
            if size(of: name, sizes: &sizes, visiting: &visiting, depth: 0) > budget {
                throw ReadError(.entityExpansion, "refused: entity '&\(name);' would expand to more than \(budget) bytes (entity expansion limit)")
            }
        }
    }

    /// The replacement text of a reference to `name`, charged against the budget, or `nil`
    /// when the entity is not declared. External entities give `""`: they are never loaded.
    mutating func expand(_ name: String) throws(ReadError) -> (text: String, external: Bool)? {
        guard let entity = entities[name] else { return nil }
        if case .external = entity { return ("", true) }
        var visiting: Set<String> = []
        let text = build(name, visiting: &visiting)
        spent += text.utf8.count
        if spent > budget {
            throw ReadError(.entityExpansion, "refused: entity references expand to more than \(budget) bytes in all (entity expansion limit)")
        }
        return (text, false)
    }

    private func size(of name: String, sizes: inout [String: Int], visiting: inout Set<String>, depth: Int) -> Int {
        if let known = sizes[name] { return known }
        guard case .inline(let value)? = entities[name] else { return 0 }
        if depth > 16 || !visiting.insert(name).inserted { return Int.max / 4 }  // a loop or absurd nesting
        var total = 0
        for part in EntityValueParts(value) {
            switch part {
            case .text(let t): total += t.utf8.count
            case .reference(let inner): total += size(of: inner, sizes: &sizes, visiting: &visiting, depth: depth + 1)
            }
            if total > budget { total = budget + 1; break }
        }
        visiting.remove(name)
        sizes[name] = total
        return total
    }

    /// The replacement text of `name`, every entity's built once: rebuilding the inner ones at
    /// each reference made an entity of a million one-letter references take seconds, though
    /// it fit the budget.
    private mutating func build(_ name: String, visiting: inout Set<String>) -> String {
        if let done = expanded[name] { return done }
        guard case .inline(let value)? = entities[name], visiting.insert(name).inserted else { return "" }
        var out = ""
        for part in EntityValueParts(value) {
            switch part {
            case .text(let t): out += t
            case .reference(let inner): out += build(inner, visiting: &visiting)
            }
        }
        visiting.remove(name)
        expanded[name] = out
        builds += 1
        return out
    }
}

/// Splits an entity's literal value into text and `&name;` references; character references
/// and the predefined entities become text.
struct EntityValueParts: Sequence, IteratorProtocol {
    enum Part { case text(String), reference(String) }
    private var rest: Substring

    init(_ value: String) { rest = Substring(value) }

    mutating func next() -> Part? {
        guard !rest.isEmpty else { return nil }
        guard let amp = rest.firstIndex(of: "&") else {
            defer { rest = "" }
            return .text(String(rest))
        }
        if amp > rest.startIndex {
            defer { rest = rest[amp...] }
            return .text(String(rest[..<amp]))
        }
        // A name is at most 40 characters: look no further for its `;` (searching the whole rest
        // for each `&` made a value of many bare `&` quadratic: seconds for 3 KB).
        guard let semi = rest[amp...].prefix(41).firstIndex(of: ";") else {
            rest = rest.dropFirst()
            return .text("&")
        }
        let name = rest[rest.index(after: amp)..<semi]
        rest = rest[rest.index(after: semi)...]
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            if let value, let scalar = Unicode.Scalar(value) { return .text(String(Character(scalar))) }
            return .text("")
        }
        switch name {
        case "amp": return .text("&")
        case "lt": return .text("<")
        case "gt": return .text(">")
        case "quot": return .text("\"")
        case "apos": return .text("'")
        default: return .reference(String(name))
        }
    }
}

/// A tiny scanner for the inside of a `<!ENTITY …>` declaration.
struct DeclarationScanner {
    private(set) var remainder: Substring

    init(_ text: Substring) { remainder = text }

    var peek: Character? { remainder.first }

    mutating func skipSpace() {
        remainder = remainder.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
    }

    mutating func name() -> String? {
        let name = remainder.prefix(while: { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == ">" || $0 == "\"" || $0 == "'") })
        guard !name.isEmpty else { return nil }
        remainder = remainder[name.endIndex...]
        return String(name)
    }

    mutating func quoted() -> String? {
        guard let quote = remainder.first, quote == "\"" || quote == "'" else { return nil }
        let body = remainder.dropFirst()
        guard let end = body.firstIndex(of: quote) else { return nil }
        remainder = body[body.index(after: end)...]
        return String(body[..<end])
    }
}
