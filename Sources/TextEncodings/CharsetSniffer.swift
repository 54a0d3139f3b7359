/// Guesses the single-byte code page of bytes that are not UTF-8, by scoring the text each
/// candidate would give.
///
/// Candidates: windows-1251, rk1048 (KZ-1048), pt154 (PTCP154), koi8-r, iso-8859-5, windows-1252.
/// Each upper-half byte scores by what it decodes to: common Russian and Kazakh lower-case letters
/// score by frequency (Kazakh ә ғ қ ң ө ұ ү і well), capitals a little, letters of other languages
/// and unlikely symbols or C1 controls negatively; a capital right after a lower-case letter and a
/// Cyrillic letter touching a Latin one are penalized (KOI8-R read as windows-1251 gives "пРИВЕТ",
/// Latin text read as Cyrillic gives "cafй"); Latin-1 letters score only next to ASCII letters.
///
/// windows-1251, rk1048 and pt154 agree on 0xC0–0xFF and on the usual punctuation, so Russian text
/// ties among them and the first (windows-1251) wins. Kazakh letters sit in 0x80–0xBF, where
/// windows-1251 has Serbian/Macedonian letters and symbols, so Kazakh text scores higher under
/// rk1048 or pt154; those two place ә ғ ө ұ ү ң differently, so the score decides between them.
/// On a tie rk1048 wins: then no byte where the two differ carries a Kazakh letter (typically only
/// қ һ і occur, which both place alike), so the text is the same either way, and KZ-1048 is the
/// Kazakh national standard (СТ РК 1048-2002) that Kazakh sites actually declare.
enum CharsetSniffer {
    /// How many bytes are scored: plenty of letters for a verdict, and sniffing a large file stays cheap.
    static let sampleSize = 256 * 1024

    /// The best candidate for bytes known not to be UTF-8 (judged on the first ``sampleSize`` bytes).
    static func guess(_ bytes: [UInt8]) -> SingleByteTable {
        let bytes = bytes.count > sampleSize ? Array(bytes[..<sampleSize]) : bytes
        var best = SingleByteTable.sniffCandidates[0]
        var bestScore = Int.min
        for (table, weights) in zip(SingleByteTable.sniffCandidates, candidateWeights) {
            let s = score(bytes, weights)
            if s > bestScore { best = table; bestScore = s }
        }
        return best
    }

    /// The score of the text `weights` would give (exposed for tests).
    static func score(_ bytes: [UInt8], as table: SingleByteTable) -> Int {
        score(bytes, Weights(table))
    }

    private static let candidateWeights = SingleByteTable.sniffCandidates.map(Weights.init)

    private static func score(_ bytes: [UInt8], _ w: Weights) -> Int {
        var total = 0
        var previous = Kind.other
        let n = bytes.count
        for i in 0..<n {
            let b = bytes[i]
            if b < 0x80 {
                previous = isASCIILetter(b) ? .asciiLetter : .other
                continue
            }
            let k = Int(b &- 0x80)
            let kind = w.kinds[k]
            total += w.values[k]
            let nextIsLatin = i + 1 < n && isASCIILetter(bytes[i + 1])
            let touchesLatin = previous == .asciiLetter || nextIsLatin
            switch kind {
            case .cyrillicLower:
                if touchesLatin { total -= 8 }
            case .cyrillicUpper:
                if touchesLatin { total -= 8 }
                if previous == .cyrillicLower { total -= 6 }
            case .latinLetter:
                if touchesLatin { total += 6 }
            case .asciiLetter, .other:
                break
            }
            previous = kind
        }
        return total
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    enum Kind { case asciiLetter, cyrillicLower, cyrillicUpper, latinLetter, other }

    /// Per-byte weight and kind for one code page's upper half.
    struct Weights {
        var values: [Int] = []
        var kinds: [Kind] = []

        init(_ table: SingleByteTable) {
            for scalar in table.scalars {
                let (value, kind) = Weights.rate(Unicode.Scalar(scalar)!)
                values.append(value)
                kinds.append(kind)
            }
        }

        // Lower-case letters by frequency in Russian and Kazakh news text.
        private static let common = Set("оеаинтсрвлкіы".unicodeScalars)
        private static let frequent = Set("мдпуяьгзбчйжқғңәөұү".unicodeScalars)
        private static let rare = Set("хшюцщэфъёһ".unicodeScalars)
        private static let ukrainian = Set("єїґў".unicodeScalars)
        private static let upperRussianKazakh = Set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ".unicodeScalars)
        private static let punctuation = Set("\u{A0}«»–—“”„‘’…№•·°©®™€§".unicodeScalars)

        static func rate(_ s: Unicode.Scalar) -> (Int, Kind) {
            if common.contains(s) { return (6, .cyrillicLower) }
            if frequent.contains(s) { return (4, .cyrillicLower) }
            if rare.contains(s) { return (2, .cyrillicLower) }
            if ukrainian.contains(s) { return (2, .cyrillicLower) }
            if upperRussianKazakh.contains(s) { return (1, .cyrillicUpper) }
            if (0x0400...0x04FF).contains(s.value) {
                // Other Cyrillic letters: Serbian, Macedonian, Tajik, Bashkir…
                let isUpper = s.properties.isUppercase
                return (isUpper ? -4 : 0, isUpper ? .cyrillicUpper : .cyrillicLower)
            }
            if punctuation.contains(s) { return (1, .other) }
            if s.value == 0xAD { return (0, .other) }
            if (0xC0...0xFF).contains(s.value), s.value != 0xD7, s.value != 0xF7 { return (-2, .latinLetter) }
            if s.value < 0xA0 || s.value == 0xFFFD { return (-10, .other) }
            return (-4, .other)
        }
    }
}
