/// A tiny JSON emitter with a fixed key order, for byte-stable JSON Feed output.
struct JSONBuffer {
    var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]
    private var depth = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
    }

    mutating func open(_ bracket: UInt8, key: String? = nil) {
        if let key { self.key(key) } else if depth > 0 { separator(); newline() }
        bytes.append(bracket)
        depth += 1
        needsComma.append(false)
    }

    mutating func close(_ bracket: UInt8) {
        let had = needsComma.removeLast()
        depth -= 1
        if had { newline() }
        bytes.append(bracket)
    }

    mutating func key(_ k: String) {
        separator(); newline(); string(k); bytes.append(contentsOf: [0x3A, 0x20])
    }

    /// A string element of an array.
    mutating func element(_ s: String) { separator(); newline(); string(s) }

    mutating func field(_ k: String, _ value: String?) {
        guard let value else { return }
        key(k); string(value)
    }

    mutating func field(_ k: String, _ value: Int64?) {
        guard let value else { return }
        key(k); bytes.append(contentsOf: Array(String(value).utf8))
    }

    mutating func string(_ s: String) {
        bytes.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
    }
}
