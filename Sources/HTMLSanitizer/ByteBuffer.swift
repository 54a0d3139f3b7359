import TextEncodings

/// The output of one sanitizer run: UTF-8 bytes appended in place, escaped on the way in.
///
/// Text and attribute values are copied in runs between the bytes that need escaping, so the
/// common case (long runs of letters, Cyrillic included) is one bulk append.
struct ByteBuffer {
    var bytes: [UInt8] = []
    /// Whether escaping met a C0 control and dropped it (libxml2's HTML parser turns some into
    /// spaces instead, so the fast path gives such input to libxml2).
    var droppedControl = false

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    mutating func truncate(to count: Int) { bytes.removeSubrange(count...) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    mutating func append(_ start: UnsafePointer<UInt8>, _ count: Int) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
    }

    /// Appends text content escaped for HTML (`&`, `<`, `>`), dropping C0 controls other than tab,
    /// newline and carriage return (they are not allowed in XML, and the output goes into Atom).
    mutating func appendEscapedText(_ start: UnsafePointer<UInt8>, _ count: Int) {
        appendEscaped(start, count, quote: false)
    }

    /// Appends an attribute value escaped for a double-quoted attribute (`&`, `<`, `>`, `"`).
    mutating func appendEscapedAttribute(_ start: UnsafePointer<UInt8>, _ count: Int) {
        appendEscaped(start, count, quote: true)
    }

    @inline(__always)
    private mutating func appendEscaped(_ start: UnsafePointer<UInt8>, _ count: Int, quote: Bool) {
        var runStart = 0
        var i = 0
        while i < count {
            // Sixteen bytes per step past runs with nothing to escape or drop (letters, digits,
            // punctuation and all multi-byte UTF-8); tab, LF and CR are looked at harmlessly.
            if i + 16 <= count {
                let lanes = ByteLanes.load(start + i)
                var marks = ByteLanes.equal(lanes, UInt8(ascii: "&")) | ByteLanes.equal(lanes, UInt8(ascii: "<"))
                    | ByteLanes.equal(lanes, UInt8(ascii: ">")) | ByteLanes.below(lanes, 0x20)
                if quote { marks |= ByteLanes.equal(lanes, UInt8(ascii: "\"")) }
                guard let k = ByteLanes.firstIndex(marks) else { i += 16; continue }
                i += k
            }
            let b = start[i]
            if b > 0x3E || b == 0x20 { i += 1; continue }
            let replacement: StaticString?
            switch b {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = quote ? "&quot;" : nil
            case 0x09, 0x0A, 0x0D: replacement = nil
            case 0..<0x20: replacement = ""; droppedControl = true
            default: replacement = nil
            }
            if let replacement {
                if i > runStart { append(start + runStart, i - runStart) }
                append(replacement.utf8Start, replacement.utf8CodeUnitCount)
                runStart = i + 1
            }
            i += 1
        }
        if count > runStart { append(start + runStart, count - runStart) }
    }

    /// The buffer as a String. Input is valid UTF-8, and both paths copy whole sequences of it
    /// or write ASCII (libxml2's HTML parser included), so the bytes are not validated again.
    func string() -> String { String(knownValidUTF8: bytes) }
}

