import Glibc

/// Transcodes with glibc iconv for the charsets that have no table here (CJK, other code pages).
///
/// The descriptor is opened and closed within one call (`defer`), so nothing leaks. A byte iconv
/// cannot convert becomes U+FFFD and conversion resumes at the next byte; the count is returned so
/// the caller can add a diagnostic.
enum IconvConverter {
    /// Converts `bytes` from the charset glibc calls `iconvName` to UTF-8.
    ///
    /// - Returns: The UTF-8 bytes and how many input bytes were replaced, or `nil` when glibc has
    ///   no converter for that name.
    static func toUTF8(_ bytes: [UInt8], from iconvName: String) -> (utf8: [UInt8], replaced: Int)? {
        let cd = iconv_open("UTF-8", iconvName)
        if cd == nil || Int(bitPattern: cd) == -1 { return nil }
        defer { iconv_close(cd) }

        var output = [UInt8](repeating: 0, count: max(64, bytes.count * 2 + 16))
        var written = 0
        var replaced = 0
        var input = bytes
        let total = input.count
        input.withUnsafeMutableBufferPointer { inBuffer in
            var consumed = 0
            while consumed < total {
                if output.count - written < 16 { output.append(contentsOf: repeatElement(0, count: output.count)) }
                var inLeft = total - consumed
                var outLeft = output.count - written
                let result: Int = output.withUnsafeMutableBufferPointer { outBuffer in
                    var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress! + consumed)
                        .assumingMemoryBound(to: CChar.self)
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress! + written)
                        .assumingMemoryBound(to: CChar.self)
                    return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                }
                let error = result == -1 ? errno : 0
                consumed = total - inLeft
                written = output.count - outLeft
                if result != -1 { break }
                switch error {
                case E2BIG:
                    output.append(contentsOf: repeatElement(0, count: output.count))
                case EILSEQ, EINVAL:
                    // EILSEQ: an invalid sequence; EINVAL: a truncated one at the end. Replace one byte.
                    if output.count - written < 3 { output.append(contentsOf: repeatElement(0, count: output.count)) }
                    output.replaceSubrange(written..<written + 3, with: [0xEF, 0xBF, 0xBD])
                    written += 3
                    consumed += 1
                    replaced += 1
                    iconv(cd, nil, nil, nil, nil)  // reset shift state
                default:
                    consumed = total  // unexpected: stop rather than loop
                    replaced += 1
                }
            }
        }
        // Flush any shift state (stateful charsets such as ISO-2022-JP).
        var outLeft = output.count - written
        if outLeft < 16 { output.append(contentsOf: repeatElement(0, count: 16)); outLeft = output.count - written }
        output.withUnsafeMutableBufferPointer { outBuffer in
            var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress! + written)
                .assumingMemoryBound(to: CChar.self)
            _ = iconv(cd, nil, nil, &outPtr, &outLeft)
        }
        written = output.count - outLeft
        output.removeSubrange(written...)
        return (output, replaced)
    }
}
