extension HTMLSanitizer {
    /// Plain text for titles: markup stripped, references decoded, white space collapsed, trimmed.
    ///
    /// Block elements and `br` separate words with a space; script/style and the other dropped
    /// elements lose their text. Text with no `<` that could open a tag (`AT&T < 5`) is decoded
    /// without the parser, so a bare `&` or `<` stays as written.
    ///
    /// - Parameter html: A title or other short text that may hold markup and references.
    /// - Returns: One line of text; no-break spaces count as white space.
    public func plainText(fromHTML html: String) -> String {
        var html = html
        return html.withUTF8 { input in
            var bytes: [UInt8] = []
            if Self.mayHoldMarkup(input) {
                let handler = PlainTextHandler(capacity: input.count)
                if handler.run(input) { bytes = handler.out } else { EntityDecoder.decode(input, into: &bytes) }
            } else if input.contains(UInt8(ascii: "&")) {
                bytes.reserveCapacity(input.count)
                EntityDecoder.decode(input, into: &bytes)
            } else {
                bytes = Array(input)
            }
            return WhitespaceCollapser.collapse(bytes)
        }
    }

    /// True if some `<` is followed by a letter, `/`, `!` or `?` (a tag, end tag, comment or PI).
    static func mayHoldMarkup(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = input.count
        while i + 1 < n {
            if input[i] == UInt8(ascii: "<") {
                let next = input[i + 1]
                let lower = next | 0x20
                if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || next == UInt8(ascii: "/")
                    || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                    return true
                }
            }
            i += 1
        }
        return false
    }
}
