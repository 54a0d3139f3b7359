/// Splits a `srcset` value into image candidates, following the HTML standard's parsing steps.
///
/// A candidate's URL is a run of non-space characters (so URLs with commas, as image CDNs write
/// `w_300,h_200`, stay whole); a trailing comma ends it; descriptors (`2x`, `480w`) run to the next comma.
enum SrcsetParser {
    struct Candidate {
        var url: [UInt8]
        var descriptor: [UInt8]
    }

    static func candidates(_ value: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var result: [Candidate] = []
        var i = 0
        let n = value.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
        while i < n {
            while i < n, isSpace(value[i]) || value[i] == UInt8(ascii: ",") { i += 1 }
            guard i < n else { break }
            let urlStart = i
            while i < n, !isSpace(value[i]) { i += 1 }
            var urlEnd = i
            var descriptor: [UInt8] = []
            if value[urlEnd - 1] == UInt8(ascii: ",") {
                while urlEnd > urlStart, value[urlEnd - 1] == UInt8(ascii: ",") { urlEnd -= 1 }
            } else {
                var depth = 0
                while i < n {
                    let b = value[i]
                    if b == UInt8(ascii: "(") { depth += 1 }
                    if b == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                    if b == UInt8(ascii: ","), depth == 0 { i += 1; break }
                    descriptor.append(b)
                    i += 1
                }
            }
            // Descriptors are normalized to single spaces.
            let words = descriptor.split(whereSeparator: isSpace).map(Array.init)
            let joined = words.joined(separator: [UInt8(ascii: " ")])
            if urlEnd > urlStart {
                result.append(Candidate(url: Array(value[urlStart..<urlEnd]), descriptor: Array(joined)))
            }
        }
        return result
    }
}
