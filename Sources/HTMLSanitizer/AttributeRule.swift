/// Every attribute that survives on some element, with how its value is checked.
///
/// `id`, `class`, `style`, every `on*` handler and anything else not listed here is dropped:
/// ids and classes belong to the outlet's page and would clash once articles are merged.
enum AttributeRule: UInt8, CaseIterable {
    case href, src, srcset, poster, cite
    case alt, title, lang, dir, sizes, media, type, scope, datetime
    case width, height, colspan, rowspan, start, value, span
    case reversed, open, loop, muted

    /// How a value of this attribute is checked before it is written.
    enum Kind { case url, srcset, text, number, boolean }

    var kind: Kind {
        switch self {
        case .href, .src, .poster, .cite: .url
        case .srcset: .srcset
        case .width, .height, .colspan, .rowspan, .start, .value, .span: .number
        case .reversed, .open, .loop, .muted: .boolean
        default: .text
        }
    }

    /// The attribute's name as written in the output.
    var name: [UInt8] { Array(String(describing: self).utf8) }

    /// This attribute as one bit of an element's allow mask.
    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// Names to rules, built once.
    static let table = NameTable(allCases.map { (NameKey(String(describing: $0)), $0.rawValue) })

    /// The rule for an attribute name libxml2 reports, or nil (dropped).
    @inline(__always)
    static func lookup(_ name: UnsafePointer<UInt8>) -> AttributeRule? {
        guard let key = NameKey(name), let raw = table.lookup(key) else { return nil }
        return AttributeRule(rawValue: raw)
    }

    /// The rule for a name already packed into a key.
    @inline(__always)
    static func lookup(key: NameKey) -> AttributeRule? {
        table.lookup(key).flatMap(AttributeRule.init(rawValue:))
    }

    /// Output names, indexed by raw value (avoids re-deriving them per attribute).
    static let names: [[UInt8]] = allCases.map(\.name)

    /// Allowed on every kept element.
    static let global: UInt64 = AttributeRule.lang.bit | AttributeRule.dir.bit

    /// A mask of the given rules.
    static func mask(_ rules: AttributeRule...) -> UInt64 { rules.reduce(global) { $0 | $1.bit } }
}
