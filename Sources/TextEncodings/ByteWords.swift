/// Byte classes tested eight bytes at a time (SWAR: SIMD within a register) for the scanning
/// loops of the reader, the repair pass and the sanitizer, which look for a few ASCII bytes in
/// long runs of Cyrillic text.
///
/// Each test returns the top bit (0x80) set in every byte of the word that belongs to the class,
/// exactly: the arithmetic never carries from one byte into the next, so the lowest set bit's
/// byte (`trailingZeroBitCount / 8` on a little-endian load) is the first match.
public enum ByteWords {
    // Public and inlinable: called per word from other modules' hot loops, where a call costs
    // more than the test (`@inlinable package` was not inlined across modules by Swift 6.3).
    @usableFromInline static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @usableFromInline static var high: UInt64 { 0x8080_8080_8080_8080 }
    @usableFromInline static var low7: UInt64 { 0x7F7F_7F7F_7F7F_7F7F }

    /// Loads eight bytes at `pointer` as a little-endian word.
    @inlinable @inline(__always)
    public static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// Bytes equal to `byte`.
    @inlinable @inline(__always)
    public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (UInt64(byte) &* ones)
        return ~(((x & low7) &+ low7) | x) & high
    }

    /// Bytes below `bound` (at most 0x80).
    @inlinable @inline(__always)
    public static func below(_ word: UInt64, _ bound: UInt8) -> UInt64 {
        ~((word & low7) &+ UInt64(0x80 - bound) &* ones) & ~word & high
    }

    /// The index (0–7) of the first byte marked in a non-zero result of the tests above.
    @inlinable @inline(__always)
    public static func firstIndex(_ marks: UInt64) -> Int { marks.trailingZeroBitCount >> 3 }
}
