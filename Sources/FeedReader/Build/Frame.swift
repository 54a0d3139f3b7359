import Foundation

/// One open element on the builder's stack.
struct Frame {
    /// How the element's character data is kept.
    enum Markup {
        /// Text is not kept (containers such as `channel`, `item`, unknown elements' parents).
        case ignore
        /// Plain text.
        case text
        /// Text that may hold HTML as child elements (RSS `description` with unescaped
        /// markup): plain until a child element appears, markup from then on.
        case capturable
        /// Markup being serialized: characters are escaped, children written as tags.
        case markup
        /// A child inside markup: written as a tag, its end tag written at its end.
        case markupChild
        /// The `div` that wraps Atom xhtml content: its own tags are not written.
        case wrapper
    }

    /// What the element opens for the builder.
    enum Role {
        case none, root, item, source, person, image, skip
    }

    let ns: XMLNamespace
    let name: String
    let textStart: Int
    /// The `xml:base` in scope: an index into the builder's `bases` (so a frame retains no URL).
    let baseIndex: Int32
    /// The `xml:lang` in scope: an index into the builder's `langs`.
    let langIndex: Int32
    /// Whether this element declared its own `xml:base` / `xml:lang` (popped with it).
    var ownsBase = false
    var ownsLang = false
    var markup: Markup
    var role: Role = .none
    var attributes: [Attribute]
    /// For Atom text constructs: the declared type.
    var textType: TextType = .text
    /// Atom 0.3 `mode="base64"`.
    var base64 = false
    /// For xhtml content: whether its wrapping `div` has been seen.
    var wrapperSeen = false

    /// The value of an attribute without namespace (or in the element's own namespace).
    func attribute(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name && (attribute.ns == .none || attribute.ns == ns) {
            return attribute.value
        }
        return nil
    }
}

/// An attribute as the builder keeps it.
struct Attribute {
    let ns: XMLNamespace
    let prefix: String?
    let name: String
    let value: String
}
