/// Byte classes tested sixteen bytes at a time (`SIMD16<UInt8>` lane arithmetic) for the scanning
/// loops of the repair pass and the sanitizer, which look for a few ASCII bytes in long runs of
/// Cyrillic text.
///
/// Each test returns 0x80 in every lane whose byte belongs to the class and 0 elsewhere. The
/// tests are written with additions and bit operations only: the standard library's lane
/// comparisons (`.==`, `.<`) were compiled one lane at a time, these to a few vector
/// instructions.
public enum ByteLanes {
    public typealias Lanes = SIMD16<UInt8>

    /// Loads sixteen bytes at `pointer` (no alignment needed).
    @inlinable @inline(__always)
    public static func load(_ pointer: UnsafePointer<UInt8>) -> Lanes {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    /// Lanes equal to `byte`.
    @inlinable @inline(__always)
    public static func equal(_ lanes: Lanes, _ byte: UInt8) -> Lanes {
        let x = lanes ^ Lanes(repeating: byte)
        return ~(((x & 0x7F) &+ 0x7F) | x) & 0x80
    }

    /// Lanes below `bound` (at most 0x80).
    @inlinable @inline(__always)
    public static func below(_ lanes: Lanes, _ bound: UInt8) -> Lanes {
        ~((lanes & 0x7F) &+ Lanes(repeating: 0x80 - bound)) & ~lanes & 0x80
    }

    /// Whether any lane has a bit set.
    @inlinable @inline(__always)
    public static func any(_ lanes: Lanes) -> Bool {
        let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// The index (0–15) of the first lane marked by the tests above, or nil when none is.
    @inlinable @inline(__always)
    public static func firstIndex(_ marks: Lanes) -> Int? {
        let words = unsafeBitCast(marks, to: SIMD2<UInt64>.self)
        #if _endian(little)
        if words[0] != 0 { return words[0].trailingZeroBitCount >> 3 }
        if words[1] != 0 { return 8 + words[1].trailingZeroBitCount >> 3 }
        #else
        if words[0] != 0 { return words[0].leadingZeroBitCount >> 3 }
        if words[1] != 0 { return 8 + words[1].leadingZeroBitCount >> 3 }
        #endif
        return nil
    }
}
