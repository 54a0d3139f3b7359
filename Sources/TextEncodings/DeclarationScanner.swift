import Foundation

/// Finds the charset a document names inside itself, reading the bytes as ASCII.
///
/// XML: the `encoding` pseudo-attribute of `<?xml … ?>`, also after junk or white space before it
/// (common in feeds written by PHP). HTML: `<meta charset>` or `<meta http-equiv="Content-Type"
/// content="text/html; charset=…">`, skipping comments, as in the WHATWG prescan.
enum DeclarationScanner {
    /// How far into the document to look.
    static let xmlWindow = 4096
    static let htmlWindow = 8192

    /// The declared label, if any (not yet mapped by ``CharsetAliases``).
    static func declaredLabel(_ bytes: [UInt8], kind: DocumentKind) -> String? {
        switch kind {
        case .xml: return xmlEncoding(bytes)
        case .html: return htmlCharset(bytes)
        }
    }

    /// The `encoding="…"` of the XML declaration.
    static func xmlEncoding(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, xmlWindow)
        guard let start = find(Array("<?xml".utf8), in: bytes, from: 0, to: end, ignoringCase: true) else { return nil }
        let close = find(Array("?>".utf8), in: bytes, from: start, to: end, ignoringCase: false) ?? end
        return attribute("encoding", in: bytes, from: start + 5, to: close)
    }

    /// The charset of the first `<meta>` that gives one.
    static func htmlCharset(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, htmlWindow)
        var i = 0
        while i < end {
            guard let lt = find([0x3C], in: bytes, from: i, to: end, ignoringCase: false) else { return nil }
            if hasPrefix(Array("<!--".utf8), bytes, at: lt) {
                guard let close = find(Array("-->".utf8), in: bytes, from: lt + 4, to: end, ignoringCase: false) else { return nil }
                i = close + 3
                continue
            }
            let tagEnd = find([0x3E], in: bytes, from: lt, to: end, ignoringCase: false) ?? end
            if hasPrefix(Array("<meta".utf8), bytes, at: lt, ignoringCase: true),
               lt + 5 < end, isSpace(bytes[lt + 5]) || bytes[lt + 5] == 0x2F {
                if let charset = attribute("charset", in: bytes, from: lt + 5, to: tagEnd) { return charset }
                if let equiv = attribute("http-equiv", in: bytes, from: lt + 5, to: tagEnd),
                   equiv.lowercased() == "content-type",
                   let content = attribute("content", in: bytes, from: lt + 5, to: tagEnd),
                   let charset = charsetParameter(content) {
                    return charset
                }
            }
            i = tagEnd + 1
        }
        return nil
    }

    /// The `charset=` parameter of a media type such as `text/html; charset="utf-8"`.
    static func charsetParameter(_ value: String) -> String? {
        let lower = value.lowercased()
        guard let range = lower.range(of: "charset") else { return nil }
        var rest = lower[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let label = rest.prefix { $0 != ";" && $0 != "\"" && $0 != "'" && $0 != " " }
        return label.isEmpty ? nil : String(label)
    }

    // MARK: - Byte helpers

    /// The value of `name=value` (quoted or not) between `from` and `to`, at an attribute boundary.
    private static func attribute(_ name: String, in b: [UInt8], from: Int, to: Int) -> String? {
        let key = Array(name.utf8)
        var i = from
        while let hit = find(key, in: b, from: i, to: to, ignoringCase: true) {
            i = hit + key.count
            guard hit > 0, isSpace(b[hit - 1]) || b[hit - 1] == 0x22 || b[hit - 1] == 0x27 else { continue }
            var k = i
            while k < to, isSpace(b[k]) { k += 1 }
            guard k < to, b[k] == 0x3D else { continue }
            k += 1
            while k < to, isSpace(b[k]) { k += 1 }
            guard k < to else { return nil }
            let quote = b[k]
            var valueStart = k, valueEnd = k
            if quote == 0x22 || quote == 0x27 {
                valueStart = k + 1
                valueEnd = valueStart
                while valueEnd < to, b[valueEnd] != quote { valueEnd += 1 }
            } else {
                while valueEnd < to, !isSpace(b[valueEnd]), b[valueEnd] != 0x3E, b[valueEnd] != 0x2F, b[valueEnd] != 0x3F {
                    valueEnd += 1
                }
            }
            let value = String(decoding: b[valueStart..<valueEnd], as: UTF8.self)
            return value.isEmpty ? nil : value
        }
        return nil
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

    private static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    private static func hasPrefix(_ p: [UInt8], _ b: [UInt8], at i: Int, ignoringCase: Bool = false) -> Bool {
        guard i + p.count <= b.count else { return false }
        for k in 0..<p.count {
            let c = ignoringCase ? lower(b[i + k]) : b[i + k]
            if c != p[k] { return false }
        }
        return true
    }

    private static func find(_ p: [UInt8], in b: [UInt8], from: Int, to: Int, ignoringCase: Bool) -> Int? {
        guard !p.isEmpty, from + p.count <= to else { return nil }
        for i in from...(to - p.count) where hasPrefix(p, b, at: i, ignoringCase: ignoringCase) { return i }
        return nil
    }
}
