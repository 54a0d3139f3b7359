/// A tag or attribute name packed into two integers, for allocation-free table look-ups.
///
/// libxml2's HTML parser lower-cases names, so the bytes are compared as given. Names longer than
/// 16 bytes are never in the allow-lists and get no key.
struct NameKey: Hashable {
    var low: UInt64
    var high: UInt64

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Packs a NUL-terminated C name; nil when it is longer than 16 bytes.
    @inline(__always)
    init?(_ name: UnsafePointer<UInt8>) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var i = 0
        while true {
            let b = name[i]
            if b == 0 { break }
            if i == 16 { return nil }
            if i < 8 { low |= UInt64(b) << (8 * UInt64(i)) } else { high |= UInt64(b) << (8 * UInt64(i - 8)) }
            i += 1
        }
        self.low = low
        self.high = high
    }

    /// Packs the bytes of a name (not NUL-terminated); nil when longer than 16 bytes.
    @inline(__always)
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for i in 0..<bytes.count {
            if i < 8 { low |= UInt64(bytes[i]) << (8 * UInt64(i)) } else { high |= UInt64(bytes[i]) << (8 * UInt64(i - 8)) }
        }
        self.low = low
        self.high = high
    }

    /// Packs a Swift name from the tables (at most 16 ASCII bytes).
    init(_ name: String) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (i, b) in name.utf8.enumerated() {
            precondition(i < 16, "table name too long: \(name)")
            if i < 8 { low |= UInt64(b) << (8 * UInt64(i)) } else { high |= UInt64(b) << (8 * UInt64(i - 8)) }
        }
        self.low = low
        self.high = high
    }
}
