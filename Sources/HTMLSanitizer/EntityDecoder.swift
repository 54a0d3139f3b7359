/// Decodes character references in text that holds no markup, the way libxml2's HTML parser does.
///
/// Used for the fast paths (titles and fragments without `<`), so plain text never pays for a parser
/// and a bare `&` (as in `AT&T`) stays a literal ampersand. Named references need the `;` and come
/// from libxml2's HTML 4 table; numeric ones may omit it; references to characters XML cannot hold
/// are removed, as libxml2 removes them.
enum EntityDecoder {
    static func decode(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let n = input.count
        var i = 0
        var runStart = 0
        while i < n {
            guard input[i] == UInt8(ascii: "&") else { i += 1; continue }
            guard let (scalar, length) = reference(input, at: i) else { i += 1; continue }
            out.append(contentsOf: input[runStart..<i])
            if let scalar { appendUTF8(scalar, to: &out) }
            i += length
            runStart = i
        }
        out.append(contentsOf: input[runStart..<n])
    }

    /// The reference starting at `start` (an `&`): its scalar (nil = removed) and its length in bytes,
    /// or nil if this `&` starts no reference.
    static func reference(_ s: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32?, Int)? {
        var i = start + 1
        let n = s.count
        guard i < n else { return nil }
        if s[i] == UInt8(ascii: "#") {
            i += 1
            var hex = false
            if i < n, s[i] | 0x20 == UInt8(ascii: "x") { hex = true; i += 1 }
            let digitsStart = i
            var value: UInt32 = 0
            while i < n, let d = digit(s[i], hex: hex) {
                value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + d
                i += 1
            }
            guard i > digitsStart else { return nil }
            if i < n, s[i] == UInt8(ascii: ";") { i += 1 }
            return (isXMLChar(value) ? value : nil, i - start)
        }
        var name: (UInt64, UInt64, UInt8) = (0, 0, 0)  // up to 15 bytes + NUL, on the stack
        var length = 0
        while i < n, length < 15, isNameByte(s[i]) {
            withUnsafeMutableBytes(of: &name) { $0[length] = s[i] }
            length += 1
            i += 1
        }
        guard length > 0, i < n, s[i] == UInt8(ascii: ";") else { return nil }
        let scalar = withUnsafeBytes(of: &name) { raw in
            LibXML2HTML.namedEntity(raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        guard let scalar else { return nil }
        return (scalar, i + 1 - start)
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    private static func digit(_ b: UInt8, hex: Bool) -> UInt32? {
        if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") { return UInt32(b - UInt8(ascii: "0")) }
        let lower = b | 0x20
        if hex, lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "f") { return UInt32(lower - UInt8(ascii: "a") + 10) }
        return nil
    }

    private static func isXMLChar(_ v: UInt32) -> Bool {
        v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
            || (0x10000...0x10FFFF).contains(v)
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out += [UInt8(0xC0 | (v >> 6)), UInt8(0x80 | (v & 0x3F))]
        case 0x800..<0x10000:
            out += [UInt8(0xE0 | (v >> 12)), UInt8(0x80 | ((v >> 6) & 0x3F)), UInt8(0x80 | (v & 0x3F))]
        default:
            out += [UInt8(0xF0 | (v >> 18)), UInt8(0x80 | ((v >> 12) & 0x3F)),
                    UInt8(0x80 | ((v >> 6) & 0x3F)), UInt8(0x80 | (v & 0x3F))]
        }
    }
}
