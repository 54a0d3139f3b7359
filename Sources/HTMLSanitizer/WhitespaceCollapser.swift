import TextEncodings

/// Collapses white space for plain-text titles: every run of ASCII white space becomes one
/// space, both ends are trimmed (no-break spaces there too), and C0 control characters (not
/// allowed in XML) are removed. A no-break space inside the text (U+00A0, what `&nbsp;`
/// decodes to) is kept: outlets write `1&nbsp;500&nbsp;теңге` so the number never breaks.
enum WhitespaceCollapser {
    static func collapse(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                pendingSpace = true
                i += 1
            } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0, out.isEmpty {
                i += 2  // leading no-break space: trimmed
            } else if b < 0x20 || b == 0x7F {
                i += 1
            } else {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(b)
                i += 1
            }
        }
        while out.count >= 2, out[out.count - 2] == 0xC2, out[out.count - 1] == 0xA0 { out.removeLast(2) }
        while out.last == 0x20 { out.removeLast() }
        return String(knownValidUTF8: out)  // whole sequences of valid input, or ASCII
    }
}
