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
    ]

    @Test(arguments: cases)
    func verdicts(_ bytes: [UInt8], _ verdict: UTF8Validator.Verdict) {
        #expect(UTF8Validator.validate(bytes) == verdict)
    }

    /// Agrees with the standard library on many pseudo-random byte strings at every alignment.
    @Test func agreesWithTheStandardLibrary() {
        var rng = SplitMix(seed: 1048)
        let pieces: [[UInt8]] = [Array("ab".utf8), Array("қ".utf8), Array("€".utf8), Array("😀".utf8),
                                 [0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F], [0xFF], Array(" text ".utf8)]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 24) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let stdlib = String(validating: bytes, as: UTF8.self) != nil
            let ours = UTF8Validator.validate(bytes)
            let oursValid: Bool = { if case .invalid = ours { return false }; return true }()
            #expect(oursValid == stdlib, "\(bytes)")
        }
    }
}

/// A small deterministic generator so the test is repeatable.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
