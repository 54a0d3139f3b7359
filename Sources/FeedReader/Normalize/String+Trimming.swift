import Foundation

extension String {
    /// The string without white space at either end, Unicode white space (U+00A0 from
    /// `&nbsp;`, U+2009, U+3000, …) and a stray BOM included.
    ///
    /// Foundation's `trimmingCharacters(in:)` bridges through NSString and cost a sixth of all
    /// reading time in the benchmark; this walks the scalars at the ends only.
    var trimmed: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isTrimmable { scalars.formIndex(after: &start) }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before].isTrimmable else { break }
            end = before
        }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}

extension Unicode.Scalar {
    @inline(__always) var isTrimmable: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return true
        case 0..<0x80: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}

extension String {
    /// Whether the string starts with an ASCII literal, byte for byte. `hasPrefix` goes through
    /// Unicode-aware generic code, which showed up on the reader's per-item path.
    func hasASCIIPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        return utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count >= count && memcmp(bytes.baseAddress!, prefix.utf8Start, count) == 0
        } ?? hasPrefix(prefix.description)
    }
}
