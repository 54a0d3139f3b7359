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
        var text = html
        return text.withUTF8 { input in
            if Self.isPlainAlready(input) { return html }
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

    /// Whether the text would come back unchanged: no `<`, no `&`, no controls, white space only as
    /// single spaces between words, no no-break space at either end. Most titles are; they are
    /// then returned as they are, without a copy.
    static func isPlainAlready(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = input.count
        guard n > 0, input[0] != 0x20, input[n - 1] != 0x20 else { return false }
        if n >= 2, (input[0] == 0xC2 && input[1] == 0xA0) || (input[n - 2] == 0xC2 && input[n - 1] == 0xA0) { return false }
        var previous: UInt8 = 0
        for b in input {
            if b <= 0x20 {
                if b != 0x20 || previous == 0x20 { return false }
            } else if b == UInt8(ascii: "<") || b == UInt8(ascii: "&") || b == 0x7F {
                return false
            }
            previous = b
        }
        return true
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
