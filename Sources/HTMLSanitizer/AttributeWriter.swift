/// Writes one allowed attribute of a kept element; shared by the libxml2 path and the fast path,
/// so both produce the same bytes.
enum AttributeWriter {
    /// Writes ` name="value"`; false (nothing written) if the value is refused.
    ///
    /// - Parameters:
    ///   - value: The attribute's value with references decoded; `nil` for a valueless attribute.
    ///   - count: The value's length in bytes.
    static func write(_ attr: AttributeRule, _ value: UnsafePointer<UInt8>?, _ count: Int, in rule: ElementRule,
                      urls: URLPolicy, to out: inout ByteBuffer) -> Bool {
        let mark = out.count
        out.append(UInt8(ascii: " "))
        out.append(AttributeRule.names[Int(attr.rawValue)])
        if attr.kind == .boolean { return true }
        guard let value else { out.truncate(to: mark); return false }
        out.append([UInt8(ascii: "="), UInt8(ascii: "\"")])
        let ok: Bool
        switch attr.kind {
        case .url:
            let use: URLPolicy.Use = switch rule.special {
            case .anchor: .link
            case .image: .image
            default: .resource
            }
            ok = urls.append(value, count, use: use, to: &out)
        case .srcset:
            ok = urls.appendSrcset(value, count, to: &out)
        case .number:
            ok = isNumber(value, count)
            if ok { out.append(value, count) }
        case .text, .boolean:
            out.appendEscapedAttribute(value, count)
            ok = true
        }
        guard ok else { out.truncate(to: mark); return false }
        out.append(UInt8(ascii: "\""))
        return true
    }

    /// 1–9 ASCII digits, optionally ending in `%` (HTML 4 width="50%").
    private static func isNumber(_ value: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard count > 0, count <= 10 else { return false }
        for i in 0..<count {
            let b = value[i]
            if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") { continue }
            if b == UInt8(ascii: "%"), i == count - 1, i > 0 { continue }
            return false
        }
        return true
    }
}
