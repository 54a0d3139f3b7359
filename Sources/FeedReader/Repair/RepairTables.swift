internal import CLibXML2

/// Byte classes for the repair pass: a non-zero entry is a byte that needs a look.
enum RepairTables {
    /// C0 controls other than tab, LF, CR; `&`; `<`; and 0xEF (the lead byte of U+FFFE/U+FFFF).
    static let normal: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for b in 0..<0x20 where b != 0x09 && b != 0x0A && b != 0x0D { table[b] = 1 }
        table[Int(UInt8(ascii: "&"))] = 1
        table[Int(UInt8(ascii: "<"))] = 1
        table[0xEF] = 1
        return table
    }()

    /// ``normal`` as a pointer that lives as long as the process.
    nonisolated(unsafe) static let pointer: UnsafePointer<UInt8> = {
        let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        memory.initialize(from: normal, count: 256)
        return UnsafePointer(memory)
    }()
}

@inline(__always) func isNameByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x3A
}

/// Whether `b` can start an element name: a letter, `_`, `:`, or a non-ASCII byte.
@inline(__always) func startsName(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F || b == 0x3A || b >= 0x80
}

@inline(__always) func digit(_ b: UInt8, hex: Bool) -> UInt32? {
    if b >= 0x30 && b <= 0x39 { return UInt32(b - 0x30) }
    guard hex else { return nil }
    if b >= 0x61 && b <= 0x66 { return UInt32(b - 0x61 + 10) }
    if b >= 0x41 && b <= 0x46 { return UInt32(b - 0x41 + 10) }
    return nil
}

/// Characters XML 1.0 allows (§2.2).
@inline(__always) func isXMLChar(_ c: UInt32) -> Bool {
    c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)
}

/// Whether U+FFFE or U+FFFF (EF BF BE/BF), which XML forbids, starts at `i`.
@inline(__always) func isNonCharacterFFFEOrFFFF(_ input: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    i + 2 < input.count && input[i] == 0xEF && input[i + 1] == 0xBF && (input[i + 2] == 0xBE || input[i + 2] == 0xBF)
}

func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

func matches(_ input: UnsafeBufferPointer<UInt8>, at i: Int, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard i + count <= input.count else { return false }
    let bytes = literal.utf8Start
    for k in 0..<count where input[i + k] != bytes[k] { return false }
    return true
}

func matchesIgnoringCase(_ input: UnsafeBufferPointer<UInt8>, at i: Int, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard i + count <= input.count else { return false }
    let bytes = literal.utf8Start
    for k in 0..<count where input[i + k] | 0x20 != bytes[k] | 0x20 { return false }
    return true
}

func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
    guard bytes.count == literal.utf8CodeUnitCount else { return false }
    let lit = literal.utf8Start
    for k in 0..<bytes.count where bytes[k] != lit[k] { return false }
    return true
}

/// The code point of an HTML 4 named entity (`nbsp` → 160), from libxml2's own table.
func htmlEntity(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
    var buffer = [UInt8](name)
    buffer.append(0)
    return buffer.withUnsafeBufferPointer { pointer -> UInt32? in
        guard let entity = htmlEntityLookup(pointer.baseAddress) else { return nil }
        return UInt32(entity.pointee.value)
    }
}
