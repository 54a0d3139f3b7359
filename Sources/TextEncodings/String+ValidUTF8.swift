extension String {
    /// A string made from bytes the caller knows to be valid UTF-8, without validating them again.
    ///
    /// `String(decoding:as:)` validates every byte, which was a tenth of the feed reader's time:
    /// the reader's text comes out of libxml2 after ``DocumentDecoder`` made the whole document
    /// valid UTF-8, and the sanitizer only copies whole sequences or writes ASCII, so the check
    /// would be repeated on bytes that cannot be wrong. Debug builds (tests, fuzzers) still check,
    /// and stop on a violation.
    ///
    /// - Precondition: `bytes` is valid UTF-8.
    package init(knownValidUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(UTF8Validator.isValid(bytes), "not valid UTF-8: \(Array(bytes.prefix(64)))")
        self = String(copying: UTF8Span(unchecked: bytes.span))
    }

    /// See ``init(knownValidUTF8:)-(UnsafeBufferPointer<UInt8>)``.
    package init(knownValidUTF8 bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { String(knownValidUTF8: $0) }
    }
}
