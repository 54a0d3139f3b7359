/// UTF-16 and UTF-32 in either byte order: the byte order mark, the XML appendix F patterns for
/// documents without one, and the decoders to UTF-8.
enum WideEncoding: String, Sendable, CaseIterable {
    case utf16le = "utf-16le", utf16be = "utf-16be", utf32le = "utf-32le", utf32be = "utf-32be"

    /// Bytes per code unit.
    var unitSize: Int { self == .utf16le || self == .utf16be ? 2 : 4 }
    private var bigEndian: Bool { self == .utf16be || self == .utf32be }

    /// The UTF-8, UTF-16 or UTF-32 byte order mark at the start, as (canonical name, length).
    static func byteOrderMark(_ b: [UInt8]) -> (String, Int)? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return ("utf-8", 3) }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 { return (WideEncoding.utf32le.rawValue, 4) }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return (WideEncoding.utf32be.rawValue, 4) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (WideEncoding.utf16le.rawValue, 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (WideEncoding.utf16be.rawValue, 2) }
        return nil
    }

    /// Recognizes UTF-16/32 without a byte order mark: first the `<?` patterns of XML appendix F
    /// (`3C 00 3F 00` …), then, for white space or text before the markup, the places of the zero
    /// bytes in the first 256 bytes (ASCII-range text in UTF-16LE has a zero in every odd byte).
    static func detect(_ b: [UInt8]) -> WideEncoding? {
        if b.count >= 4 {
            switch (b[0], b[1], b[2], b[3]) {
            case (0x3C, 0, 0, 0): return .utf32le
            case (0, 0, 0, 0x3C): return .utf32be
            case (0x3C, 0, 0x3F, 0), (0x3C, 0, 0x21, 0), (0x3C, 0, 0x72, 0), (0x3C, 0, 0x66, 0): return .utf16le
            case (0, 0x3C, 0, 0x3F), (0, 0x3C, 0, 0x21), (0, 0x3C, 0, 0x72), (0, 0x3C, 0, 0x66): return .utf16be
            default: break
            }
        }
        let n = min(b.count, 256) & ~3
        guard n >= 8 else { return nil }
        var zeros = [0, 0, 0, 0]
        for i in 0..<n where b[i] == 0 { zeros[i & 3] += 1 }
        let quarter = n / 4
        // UTF-32: three zero bytes in each unit for ASCII-range text.
        if zeros[1] + zeros[2] + zeros[3] >= quarter * 3 * 9 / 10, zeros[0] < quarter / 10 { return .utf32le }
        if zeros[0] + zeros[1] + zeros[2] >= quarter * 3 * 9 / 10, zeros[3] < quarter / 10 { return .utf32be }
        let even = zeros[0] + zeros[2], odd = zeros[1] + zeros[3], half = n / 2
        if odd >= half * 6 / 10, even < half / 10 { return .utf16le }
        if even >= half * 6 / 10, odd < half / 10 { return .utf16be }
        return nil
    }

    /// Decodes from `start` to UTF-8, replacing unpaired surrogates, values above U+10FFFF and a
    /// truncated last unit with U+FFFD.
    func decode(_ bytes: [UInt8], from start: Int) -> (utf8: [UInt8], replaced: Int) {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count - start) * 3 / 2 + 8)
        var replaced = 0
        var i = start
        let n = bytes.count
        let size = unitSize
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            if size == 2 {
                return bigEndian ? UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1]) : UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k])
            }
            return bigEndian
                ? UInt32(bytes[k]) << 24 | UInt32(bytes[k + 1]) << 16 | UInt32(bytes[k + 2]) << 8 | UInt32(bytes[k + 3])
                : UInt32(bytes[k + 3]) << 24 | UInt32(bytes[k + 2]) << 16 | UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k])
        }
        while i + size <= n {
            var value = unit(i)
            i += size
            if size == 2, value & 0xFC00 == 0xD800 {
                if i + 2 <= n, unit(i) & 0xFC00 == 0xDC00 {
                    value = 0x10000 + ((value - 0xD800) << 10) + (unit(i) - 0xDC00)
                    i += 2
                } else {
                    value = 0xFFFD
                    replaced += 1
                }
            } else if value & 0xFFFF_F800 == 0xD800 || value > 0x10FFFF {
                value = 0xFFFD
                replaced += 1
            }
            UTF8.encode(Unicode.Scalar(value)!) { out.append($0) }
        }
        if i < n {
            replaced += 1
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
        return (out, replaced)
    }
}
