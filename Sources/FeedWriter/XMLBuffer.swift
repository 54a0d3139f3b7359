/// A growing UTF-8 byte buffer with XML escaping: the writers' hot path.
///
/// Text is escaped byte by byte over the string's UTF-8 (no `Character` iteration):
/// `&`, `<`, `>` always (so `]]>` can never appear), `"` and tab/LF/CR in attributes, CR as
/// `&#13;` in text; characters XML 1.0 forbids (C0 controls other than tab, LF, CR, and
/// U+FFFE/U+FFFF) are dropped. Everything else, Kazakh letters included, is copied as raw UTF-8.
struct XMLBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 64 * 1024) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func text(_ s: String) { escape(s, attribute: false) }

    /// ` name="value"`, escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        raw(" "); raw(name); raw("=\""); escape(value, attribute: true); raw("\"")
    }

    /// `<name>text</name>` on its own line, indented.
    mutating func element(_ indent: StaticString, _ name: StaticString, _ value: String) {
        raw(indent); raw("<"); raw(name); raw(">"); text(value); raw("</"); raw(name); raw(">\n")
    }

    mutating func escape(_ s: String, attribute: Bool) {
        var s = s
        s.withUTF8 { buf in
            let n = buf.count
            var i = 0, run = 0
            while i < n {
                let b = buf[i]
                let replacement: StaticString?
                var width = 1
                switch b {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22 where attribute: replacement = "&quot;"
                case 0x09 where attribute: replacement = "&#9;"
                case 0x0A where attribute: replacement = "&#10;"
                case 0x0D: replacement = "&#13;"
                case 0x09, 0x0A: i += 1; continue
                case 0x00..<0x20: replacement = nil
                case 0xEF where i + 2 < n && buf[i + 1] == 0xBF && (buf[i + 2] == 0xBE || buf[i + 2] == 0xBF):
                    replacement = nil; width = 3  // U+FFFE, U+FFFF
                default: i += 1; continue
                }
                if run < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[run..<i])) }
                if let replacement { raw(replacement) }
                i += width
                run = i
            }
            if run < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[run..<n])) }
        }
    }
}
