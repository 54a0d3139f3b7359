/// A hand-written UTF-8 validator (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
///
/// It decides the hot path (most documents are UTF-8), so it avoids `String` and copies. Kazakh and
/// Russian text is mostly two-byte letters between ASCII spaces and tags, so the main loop checks
/// sixteen bytes per step with vector compares (`SIMD16`) whenever they hold only ASCII and
/// two-byte sequences; steps with a three- or four-byte lead (€, —, emoji) or anything wrong go
/// to a byte loop for a few bytes, which also says where the first bad sequence starts.
public enum UTF8Validator {
    /// What a validation pass found.
    public enum Verdict: Equatable, Sendable {
        /// Only bytes below 0x80.
        case ascii
        /// Valid UTF-8 with at least one multi-byte sequence.
        case utf8
        /// Not UTF-8; the offset of the first bad sequence.
        case invalid(at: Int)
    }

    /// Validates the bytes.
    public static func validate(_ bytes: [UInt8]) -> Verdict {
        bytes.withUnsafeBytes { validate($0) }
    }

    /// Whether the bytes are valid UTF-8.
    public static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        if case .invalid = validate(UnsafeRawBufferPointer(buffer)) { return false }
        return true
    }

    /// Validates raw bytes.
    public static func validate(_ buffer: UnsafeRawBufferPointer) -> Verdict {
        guard let base = buffer.baseAddress else { return .ascii }
        let n = buffer.count
        var i = 0
        var sawMultiByte = false
        while true {
            // Sixteen bytes per step while they are ASCII and whole two-byte sequences. Each
            // lane is compared with the byte before it, loaded one byte earlier, so a
            // sequence across two steps needs no carry; the byte loop runs first, so i > 0.
            if i > 0 {
                var seen = SIMD16<UInt8>()
                while i + 16 <= n {
                    let v = base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                    let before = base.loadUnaligned(fromByteOffset: i - 1, as: SIMD16<UInt8>.self)
                    // Lane tests in each byte's top bit, from shifts by addition (the standard
                    // library's lane comparisons were compiled one lane at a time): v has bit 7,
                    // v2 bit 6 and v4 bit 5 of each byte there.
                    let v2 = v &+ v, v4 = v2 &+ v2
                    let b2 = before &+ before, b4 = b2 &+ b2
                    let isContinuation = v & ~v2
                    let followsLead = before & b2 & ~b4
                    let longLead = v & v2 & v4
                    // C0 and C1 are overlong leads: their bits 1-4 are all zero.
                    let t = v & 0x1E
                    let overlong = v & v2 & ~v4 & ~((t &+ 0x7F) | t)
                    // A continuation exactly after each two-byte lead; no lead of three or four
                    // bytes (the byte loop checks those); no overlong lead.
                    if ByteLanes.any(((isContinuation ^ followsLead) | longLead | overlong) & 0x80) { break }
                    seen |= v
                    i += 16
                }
                if ByteLanes.any(seen & 0x80) { sawMultiByte = true }
                // A two-byte lead just before `i` still waits for its continuation: start there.
                if base.load(fromByteOffset: i - 1, as: UInt8.self) & 0xE0 == 0xC0 { i -= 1 }
            }
            // Byte loop: at least eight bytes (or to the end), ending at a sequence boundary.
            let stop = n - i < 16 ? n : i + 8
            while i < stop {
                let b0 = base.load(fromByteOffset: i, as: UInt8.self)
                if b0 < 0x80 {
                    i += 1
                    continue
                }
                sawMultiByte = true
                if b0 < 0xC2 { return .invalid(at: i) }
                if b0 < 0xE0 {
                    guard i + 1 < n, base.load(fromByteOffset: i + 1, as: Int8.self) < -64 else { return .invalid(at: i) }
                    i += 2
                    continue
                }
                if b0 < 0xF0 {
                    guard i + 2 < n else { return .invalid(at: i) }
                    let b1 = base.load(fromByteOffset: i + 1, as: UInt8.self)
                    let b2 = base.load(fromByteOffset: i + 2, as: UInt8.self)
                    let lower: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
                    let upper: UInt8 = b0 == 0xED ? 0x9F : 0xBF
                    guard b1 >= lower, b1 <= upper, b2 & 0xC0 == 0x80 else { return .invalid(at: i) }
                    i += 3
                    continue
                }
                guard b0 <= 0xF4, i + 3 < n else { return .invalid(at: i) }
                let b1 = base.load(fromByteOffset: i + 1, as: UInt8.self)
                let b2 = base.load(fromByteOffset: i + 2, as: UInt8.self)
                let b3 = base.load(fromByteOffset: i + 3, as: UInt8.self)
                let lower: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
                let upper: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
                guard b1 >= lower, b1 <= upper, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return .invalid(at: i) }
                i += 4
            }
            if i >= n { return sawMultiByte ? .utf8 : .ascii }
        }
    }

    /// Counts valid multi-byte sequences and invalid bytes, to tell "UTF-8 with a few broken
    /// bytes" from "another charset altogether". Slow path only.
    static func census(_ bytes: [UInt8]) -> (multiByte: Int, invalid: Int) {
        var multi = 0, bad = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let length = sequenceLength(bytes, at: i)
            if length == 0 { bad += 1; i += 1 } else { multi += 1; i += length }
        }
        return (multi, bad)
    }

    /// The length of the valid multi-byte sequence starting at `i`, or 0.
    private static func sequenceLength(_ s: [UInt8], at i: Int) -> Int {
        let b0 = s[i], n = s.count
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool { k < n && s[k] >= lo && s[k] <= hi }
        switch b0 {
        case 0xC2...0xDF: return cont(i + 1) ? 2 : 0
        case 0xE0...0xEF:
            let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80, hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0
        case 0xF0...0xF4:
            let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80, hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default: return 0
        }
    }
}
