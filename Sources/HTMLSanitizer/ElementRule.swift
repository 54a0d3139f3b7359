/// What the sanitizer does with one element, looked up by name once per start tag.
struct ElementRule {
    /// Keep the element (with allowed attributes), unwrap it (keep its content), or drop it with content.
    enum Action: UInt8 { case keep, unwrap, drop }

    /// Special handling a few kept elements need.
    enum Special: UInt8 {
        case none
        /// `a`: unwrapped when no usable `href` is left.
        case anchor
        /// `img`: dropped when no usable `src` is left.
        case image
        /// `source`: dropped when neither `src` nor `srcset` is left.
        case source
        /// `video`/`audio`: always get `controls`; `autoplay` is never copied.
        case media
    }

    /// This rule's position in `rules` (and its name's in `names`).
    let index: UInt8
    let action: Action
    /// Void elements are written `<br>`-style (HTML, not XHTML) and never closed.
    let isVoid: Bool
    /// Inline elements add no space in plain text; every other element separates words.
    let isInline: Bool
    let attributes: UInt64
    let special: Special
    /// Where libxml2's HTML parser would restructure around the element (see ``FastPath``).
    let structure: Structure

    /// Parser-structure classes, decided once per rule from its name so the fast path tests bits
    /// instead of comparing names.
    struct Structure: OptionSet {
        let rawValue: UInt8
        /// Table, definition-list, picture and details parts, whose implied parts differ between parsers.
        static let tableOrListPart = Structure(rawValue: 1)
        /// Elements that a block start closes: p, h1–h6, pre, figcaption, dt, summary, address.
        static let paragraphLike = Structure(rawValue: 2)
        /// `ul` and `ol`, which hold only `li`.
        static let listContainer = Structure(rawValue: 4)
        static let listItem = Structure(rawValue: 8)
        static let anchor = Structure(rawValue: 16)
        static let lineBreak = Structure(rawValue: 32)

        static func of(_ name: String) -> Structure {
            var result: Structure = []
            if ["table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup", "col", "dl", "dt", "dd",
                "picture", "details", "summary"].contains(name) { result.insert(.tableOrListPart) }
            if ["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figcaption", "dt", "summary", "address"].contains(name) {
                result.insert(.paragraphLike)
            }
            if name == "ul" || name == "ol" { result.insert(.listContainer) }
            if name == "li" { result.insert(.listItem) }
            if name == "a" { result.insert(.anchor) }
            if name == "br" { result.insert(.lineBreak) }
            return result
        }
    }

    /// The rule for a tag name libxml2 reports, or nil (unknown: unwrapped, inline).
    @inline(__always)
    static func lookup(_ name: UnsafePointer<UInt8>) -> ElementRule? {
        guard let key = NameKey(name), let index = table.lookup(key) else { return nil }
        return rules[Int(index)]
    }

    /// The rule for a name already packed into a key (the fast path reads names from the input).
    @inline(__always)
    static func lookup(key: NameKey) -> ElementRule? {
        guard let index = table.lookup(key) else { return nil }
        return rules[Int(index)]
    }

    /// The element's name as written in the output.
    var name: [UInt8] { Self.names[Int(index)] }

    /// Tag names as written in the output, by rule index.
    static let names: [[UInt8]] = built.names
    static let rules: [ElementRule] = built.rules
    private static let table = NameTable(built.names.enumerated().map { (NameKey(String(decoding: $1, as: UTF8.self)), UInt8($0)) })

    private static let built: (names: [[UInt8]], rules: [ElementRule]) = {
        var names: [[UInt8]] = []
        var rules: [ElementRule] = []
        func add(_ list: String, _ action: Action, void: Bool = false, inline: Bool = false,
                 attributes: UInt64 = AttributeRule.global, special: Special = .none) {
            for name in list.split(separator: " ") {
                precondition(!names.contains(Array(name.utf8)), "duplicate rule \(name)")
                rules.append(ElementRule(
                    index: UInt8(rules.count), action: action, isVoid: void, isInline: inline,
                    attributes: attributes, special: special, structure: .of(String(name))))
                names.append(Array(name.utf8))
            }
        }
        typealias A = AttributeRule
        // Text structure.
        add("p div section article header footer aside main address hgroup", .keep)
        add("h1 h2 h3 h4 h5 h6 pre figure figcaption summary", .keep)
        add("blockquote", .keep, attributes: A.mask(.cite))
        add("ul dl dt dd", .keep)
        add("ol", .keep, attributes: A.mask(.start, .reversed, .type))
        add("li", .keep, attributes: A.mask(.value))
        add("details", .keep, attributes: A.mask(.open))
        add("br", .keep, void: true)
        add("wbr", .keep, void: true, inline: true)
        add("hr", .keep, void: true)
        // Tables.
        add("table caption thead tbody tfoot tr", .keep)
        add("td", .keep, attributes: A.mask(.colspan, .rowspan))
        add("th", .keep, attributes: A.mask(.colspan, .rowspan, .scope))
        add("colgroup", .keep, attributes: A.mask(.span))
        add("col", .keep, void: true, attributes: A.mask(.span))
        // Phrasing.
        add("em strong b i u s sub sup small mark code kbd samp var cite span bdi bdo", .keep, inline: true)
        add("q", .keep, inline: true, attributes: A.mask(.cite))
        add("del ins", .keep, inline: true, attributes: A.mask(.cite, .datetime))
        add("abbr dfn", .keep, inline: true, attributes: A.mask(.title))
        add("time", .keep, inline: true, attributes: A.mask(.datetime))
        add("a", .keep, inline: true, attributes: A.mask(.href, .title), special: .anchor)
        // Media.
        add("img", .keep, void: true, inline: true,
            attributes: A.mask(.src, .srcset, .sizes, .alt, .title, .width, .height), special: .image)
        add("picture", .keep, inline: true)
        add("source", .keep, void: true, inline: true,
            attributes: A.mask(.src, .srcset, .sizes, .type, .media), special: .source)
        add("video", .keep, attributes: A.mask(.src, .poster, .width, .height, .loop, .muted), special: .media)
        add("audio", .keep, attributes: A.mask(.src, .loop, .muted), special: .media)
        // Wrappers whose content is kept.
        add("html head body font center big tt strike nobr label fieldset legend dialog", .unwrap)
        add("acronym", .unwrap, inline: true)
        // Dropped with everything inside.
        add("script style iframe frame frameset noframes object embed applet param", .drop)
        add("form input button select option optgroup textarea datalist output keygen", .drop)
        add("noscript noembed template svg math canvas map area track", .drop)
        add("title meta link base xmp plaintext", .drop)
        return (names, rules)
    }()
}
