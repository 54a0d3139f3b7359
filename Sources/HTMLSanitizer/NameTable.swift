/// A fixed open-addressing table from `NameKey` to a small index, cheaper per look-up than a
/// `Dictionary` (no SipHash; the sanitizer looks up every tag and attribute name it meets).
struct NameTable {
    private static let size = 256
    private var keys: [NameKey]
    private var values: [UInt8]

    /// Builds the table; at most 255 entries, index 255 is reserved for "empty".
    init(_ entries: [(NameKey, UInt8)]) {
        precondition(entries.count < 200 && entries.allSatisfy { $0.1 != .max })
        keys = Array(repeating: NameKey(low: 0, high: 0), count: Self.size)
        values = Array(repeating: .max, count: Self.size)
        for (key, value) in entries {
            var slot = Self.slot(key)
            while values[slot] != .max, keys[slot] != key { slot = (slot + 1) & (Self.size - 1) }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    private static func slot(_ key: NameKey) -> Int {
        Int(truncatingIfNeeded: ((key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)) >> 56)
    }

    /// The index stored for `key`, or nil.
    @inline(__always)
    func lookup(_ key: NameKey) -> UInt8? {
        var slot = Self.slot(key)
        while true {
            let value = values[slot]
            if value == .max { return nil }
            if keys[slot] == key { return value }
            slot = (slot + 1) & (Self.size - 1)
        }
    }
}
