import ArnaTestSupport
import Testing
@testable import TextEncodings

@Suite struct UTF8ValidatorTests {
    static let cases: [([UInt8], UTF8Validator.Verdict)] = [
        ([], .ascii),
        (Array("plain ASCII text that is longer than sixteen bytes".utf8), .ascii),
        (Array("Қазақстан Ұлттық банкі 😀 €".utf8), .utf8),
        ([0xC0, 0x80], .invalid(at: 0)),                     // overlong NUL
        ([0x61, 0xE0, 0x80, 0x80], .invalid(at: 1)),         // overlong 3-byte
        ([0xED, 0xA0, 0x80], .invalid(at: 0)),               // surrogate
        ([0xF4, 0x90, 0x80, 0x80], .invalid(at: 0)),         // above U+10FFFF
        ([0xF5, 0x80, 0x80, 0x80], .invalid(at: 0)),
        (Array("0123456789abcdef0123".utf8) + [0xD0], .invalid(at: 20)),  // truncated at the end
        (Array("0123456789abcdef".utf8) + [0x80] + Array("0123456789".utf8), .invalid(at: 16)),
        // Two-byte runs are checked a word at a time: faults inside and across words.
        (Array("Қазақстан Ұлттық банкі".utf8), .utf8),
        (Array("Қазақстан".utf8) + [0xC1, 0xBF] + Array("банкі".utf8), .invalid(at: 18)),  // overlong lead
        (Array("Қазақ".utf8) + [0xD0, 0x41] + Array("банкі банкі".utf8), .invalid(at: 10)),  // lead without continuation
        (Array("абвгде".utf8) + [0xB0] + Array("абвгде".utf8), .invalid(at: 12)),  // stray continuation
        (Array("абв".utf8) + [0x20, 0xD0] + Array("абвгде".utf8), .invalid(at: 7)),  // lead before a lead, word 1
        (Array("1234567".utf8) + [0xD0, 0xB0] + Array("абвгде".utf8), .utf8),  // a sequence across two words
        (Array("1234567".utf8) + [0xD0] + Array("12345678".utf8), .invalid(at: 7)),  // a lead ends a word, no continuation
        // Sixteen-byte steps after the first eight bytes: a lead that ends the last step and the
        // document, a sequence across two steps, a fault in the last lane.
        (Array("12345678".utf8) + Array("123456789abcdef".utf8) + [0xD0], .invalid(at: 23)),
        (Array("12345678".utf8) + Array("123456789abcdef".utf8) + [0xD0, 0xB0] + Array("абвгдеёжзи".utf8), .utf8),
        (Array("12345678".utf8) + Array("абвгдеж".utf8) + [0xB0] + Array("абвгдеж".utf8), .invalid(at: 22)),
        (Array("12345678".utf8) + Array("абвгдеж".utf8) + [0xE2, 0x80, 0x94] + Array("абвгдеж".utf8), .utf8),
    ]

    @Test(arguments: cases)
    func verdicts(_ bytes: [UInt8], _ verdict: UTF8Validator.Verdict) {
        #expect(UTF8Validator.validate(bytes) == verdict)
    }

    /// Agrees with the standard library on many pseudo-random byte strings at every alignment.
    @Test func agreesWithTheStandardLibrary() {
        var rng = SplitMix(seed: 1048)
        let pieces: [[UInt8]] = [Array("ab".utf8), Array("қ".utf8), Array("€".utf8), Array("😀".utf8),
                                 [0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F], [0xFF], Array(" text ".utf8),
                                 Array("Қазақстан".utf8), Array("әғқңөұүһі ".utf8), [0xC0, 0x80], [0xC1], [0xED, 0xA0, 0x80]]
        for _ in 0..<20000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 24) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let stdlib = String(validating: bytes, as: UTF8.self) != nil
            let ours = UTF8Validator.validate(bytes)
            let oursValid: Bool = { if case .invalid = ours { return false }; return true }()
            #expect(oursValid == stdlib, "\(bytes)")
            // The offset is the first bad sequence: everything before it is valid.
            if case .invalid(let at) = ours {
                #expect(String(validating: bytes[..<at], as: UTF8.self) != nil, "\(bytes) at \(at)")
                #expect(String(validating: bytes[..<min(bytes.count, at + 4)], as: UTF8.self) == nil, "\(bytes) at \(at)")
            }
        }
    }
}
