import Foundation

/// One piece of a date text: a run of digits, a known word (already looked up), or one
/// punctuation byte. Spaces and commas separate pieces and are dropped. Kept small (under 40 bytes)
/// so a text's tokens fit in one stack allocation.
struct DateToken {
    enum Kind: UInt8 { case number, word, punct }
    var kind: Kind
    /// Byte offsets in the text, so two pieces can be told to touch (`14:30`, `5-і`).
    var start: Int32
    var end: Int32
    /// The number's digit count, or the word's letter count.
    var length: Int32
    /// The number's value, the punctuation byte, or the word's first folded letter.
    var value: Int
    /// What the word means (`.filler` for other kinds).
    var meaning: DateWord

    @inline(__always)
    func isPunct(_ byte: UInt8) -> Bool { kind == .punct && value == Int(byte) }
}

/// Splits a date text into `DateToken`s without allocating.
enum DateTokenizer {
    /// Writes the tokens of `b` into `out`; nil when the text holds a character no date has
    /// (quotes, dashes other than `-`, brackets other than a closed `( comment )`), a word no date
    /// has, or too many pieces.
    static func tokenize(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<DateToken>) -> Int? {
        let n = b.count
        guard n < Int(Int32.max) else { return nil }
        var i = 0, count = 0
        @inline(__always) func append(_ t: DateToken) -> Bool {
            guard count < out.count else { return false }
            (out.baseAddress! + count).initialize(to: t)
            count += 1
            return true
        }
        while i < n {
            let c = b[i]
            switch c {
            case 0x20, 0x09, 0x0A, 0x0D, 0x2C:
                i += 1
            case 0x28:
                // An RFC 822 comment, e.g. "+0600 (ALMT)", nesting allowed.
                var depth = 0
                repeat {
                    if b[i] == 0x28 { depth += 1 } else if b[i] == 0x29 { depth -= 1 }
                    i += 1
                } while depth > 0 && i < n
                guard depth == 0 else { return nil }
                // Kept as one "(" token: the reader allows a comment only after a zone.
                guard append(DateToken(kind: .punct, start: Int32(i), end: Int32(i), length: 1, value: 0x28, meaning: .filler)) else { return nil }
            case 0x30...0x39:
                let start = i
                var v = 0
                while i < n, b[i] &- 48 < 10 { v = v &* 10 &+ Int(b[i] &- 48); i += 1 }
                guard i - start <= 18 else { return nil }
                guard append(DateToken(kind: .number, start: Int32(start), end: Int32(i), length: Int32(i - start), value: v, meaning: .filler)) else { return nil }
            case 0x2E, 0x3A, 0x2F, 0x2D, 0x2B:
                guard append(DateToken(kind: .punct, start: Int32(i), end: Int32(i + 1), length: 1, value: Int(c), meaning: .filler)) else { return nil }
                i += 1
            case 0x41...0x5A, 0x61...0x7A, 0x80...0xFF:
                let start = i
                var word = SIMD16<UInt16>.zero
                var letters = 0
                var end = i
                while i < n {
                    let c = b[i]
                    let scalar: UInt32, width: Int
                    if c < 0x80 {
                        guard (c | 0x20) &- 0x61 < 26 else { break }
                        scalar = UInt32(c); width = 1
                    } else if c >= 0xC0, c < 0xE0, i + 1 < n {
                        scalar = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); width = 2
                    } else if c >= 0xE0, c < 0xF0, i + 2 < n {
                        scalar = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); width = 3
                    } else if c >= 0xF0, i + 3 < n {
                        scalar = 0x10000; width = 4
                    } else {
                        return nil
                    }
                    if isSpace(scalar) { i += width; break }
                    guard isLetter(scalar) else { return nil }
                    if letters < 16 { word[letters] = fold(scalar) }
                    letters += 1
                    i += width
                    end = i
                }
                if letters > 0 {
                    let meaning: DateWord
                    if letters == 3, word[0] < 0x80, word[1] < 0x80, word[2] < 0x80,
                       let known = DateWords.threeLetterASCII(UInt32(word[0]) << 16 | UInt32(word[1]) << 8 | UInt32(word[2])) {
                        meaning = known
                    } else if let known = DateWords.lookup(word, length: letters) {
                        meaning = known
                    } else {
                        return nil
                    }
                    let t = DateToken(kind: .word, start: Int32(start), end: Int32(end), length: Int32(letters), value: Int(word[0]), meaning: meaning)
                    guard append(t) else { return nil }
                }
            default:
                return nil
            }
        }
        return count
    }

    /// Spaces beyond ASCII: no-break, thin, narrow no-break, ideographic.
    @inline(__always)
    static func isSpace(_ s: UInt32) -> Bool {
        s == 0xA0 || (s >= 0x2000 && s <= 0x200B) || s == 0x202F || s == 0x205F || s == 0x3000
    }

    /// Letters of the scripts dates are written in; punctuation and symbols are not.
    @inline(__always)
    static func isLetter(_ s: UInt32) -> Bool {
        if s < 0x80 { return true }  // ASCII letters only reach here
        if s < 0xC0 { return false }  // Latin-1 punctuation: « » · ° etc.
        if s == 0xD7 || s == 0xF7 { return false }
        if s >= 0x2000 && s <= 0x2BFF { return false }  // general punctuation, dashes, quotes, arrows
        return s < 0x3000
    }

    /// Lower case; Kazakh Latin (2018 and 2021 alphabets) reduced to plain letters so
    /// `Sáýir`, `säuır` and `sauir` fold alike; `ё` to `е`.
    @inline(__always)
    static func fold(_ s: UInt32) -> UInt16 {
        switch s {
        case 0x41...0x5A: return UInt16(s + 0x20)
        case 0x61...0x7A: return UInt16(s)
        case 0xC0...0xC5, 0xE0...0xE5: return 0x61  // a
        case 0xC7, 0xE7: return 0x63  // c
        case 0xC8...0xCB, 0xE8...0xEB: return 0x65  // e
        case 0xCC...0xCF, 0xEC...0xEF, 0x130, 0x131: return 0x69  // i, ı
        case 0xD1, 0xF1, 0x143, 0x144: return 0x6E  // ñ, ń
        case 0xD2...0xD6, 0xF2...0xF6: return 0x6F  // o
        case 0xD9...0xDD, 0xF9...0xFD, 0x16A, 0x16B: return 0x75  // ú, ü, ū, and ý (Kazakh Latin у)
        case 0x11E, 0x11F, 0x1F4, 0x1F5: return 0x67  // ğ, ǵ
        case 0x15E, 0x15F: return 0x15F  // ş
        case 0x401, 0x451: return 0x435  // ё → е
        case 0x400...0x40F: return UInt16(s + 0x50)
        case 0x410...0x42F: return UInt16(s + 0x20)
        case 0x460...0x4BF, 0x4D0...0x4FF: return UInt16(s | 1)  // Cyrillic supplement: even = upper
        case 0x4C1...0x4CE: return UInt16(s & 1 == 1 ? s + 1 : s)
        default: return s <= 0xFFFF ? UInt16(s) : 0xFFFF
        }
    }
}
