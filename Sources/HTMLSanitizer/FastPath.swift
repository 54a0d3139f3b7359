#if canImport(Glibc)
import Glibc
#endif

/// Sanitizes, without libxml2, HTML that is already in the simple shape feeds mostly carry:
/// lower-case allow-listed tags, quoted attributes, every element closed in order, nesting
/// that libxml2's HTML parser would not restructure, and only complete character references.
///
/// Why: libxml2's HTML parser reads non-ASCII text one character at a time, so sanitizing the
/// Kazakh bodies of a large feed cost more than parsing the feed itself. Anything outside this
/// shape (a comment, an unknown or dropped tag, an unquoted attribute, a `<div>` inside a `<p>`, a
/// table, a stray `&`…) returns `nil`, and the caller runs the full libxml2 path. Where both
/// paths accept an input they produce the same bytes: attributes go through the same
/// ``AttributeWriter`` and URL policy, and a differential test checks the two on every fixture.
struct FastPath {
    let urls: URLPolicy
    let maxDepth: Int

    /// The sanitized fragment, or `nil` when the input needs the full parser.
    func sanitize(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out = ByteBuffer(capacity: input.count + 64)
        var stack: [ElementRule] = []
        let n = input.count
        var i = 0
        var textStart = 0
        guard let base = input.baseAddress else { return [] }
        while i < n, let found = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) {
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard appendText(input, textStart, i, under: stack.last, to: &out) else { return nil }
            guard let next = tag(input, at: i, stack: &stack, out: &out) else { return nil }
            i = next
            textStart = i
        }
        guard appendText(input, textStart, n, under: stack.last, to: &out), stack.isEmpty, !out.droppedControl else { return nil }
        return out.bytes
    }

    /// Text between tags: references decoded and the result escaped, as the libxml2 path writes it.
    private func appendText(_ input: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, under parent: ElementRule?, to out: inout ByteBuffer) -> Bool {
        guard to > from, let base = input.baseAddress else { return true }
        // libxml2 would move text out of a list or give it an implied paragraph.
        if let parent, Self.holdsOnlyItems(parent), input[from..<to].contains(where: { !Self.isSpace($0) }) { return false }
        guard memchr(base + from, Int32(UInt8(ascii: "&")), to - from) != nil else {
            out.appendEscapedText(base + from, to - from)
            return true
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(to - from)
        var k = from, run = from
        while k < to {
            guard input[k] == UInt8(ascii: "&") else { k += 1; continue }
            // Only complete references with a `;`: libxml2's handling of the rest differs in details.
            guard let (scalar, length) = EntityDecoder.reference(UnsafeBufferPointer(rebasing: input[..<to]), at: k),
                  input[k + length - 1] == UInt8(ascii: ";") else { return false }
            decoded.append(contentsOf: input[run..<k])
            if let scalar { EntityDecoder.appendUTF8(scalar, to: &decoded) }
            k += length
            run = k
        }
        decoded.append(contentsOf: input[run..<to])
        decoded.withUnsafeBufferPointer { out.appendEscapedText($0.baseAddress!, $0.count) }
        return true
    }

    /// A start or end tag at `i`; returns where text resumes, or nil to fall back.
    private func tag(_ input: UnsafeBufferPointer<UInt8>, at start: Int, stack: inout [ElementRule], out: inout ByteBuffer) -> Int? {
        let n = input.count
        var i = start + 1
        let closing = i < n && input[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        let nameStart = i
        while i < n, Self.isNameByte(input[i]) { i += 1 }
        guard i > nameStart, input[nameStart] >= UInt8(ascii: "a"),
              let key = NameKey(bytes: UnsafeBufferPointer(rebasing: input[nameStart..<i])),
              let rule = ElementRule.lookup(key: key), rule.action == .keep, rule.special != .media, rule.special != .source
        else { return nil }

        if closing {
            while i < n, Self.isSpace(input[i]) { i += 1 }
            guard i < n, input[i] == UInt8(ascii: ">"), !rule.isVoid, let open = stack.last, open.index == rule.index else { return nil }
            stack.removeLast()
            out.append([UInt8(ascii: "<"), UInt8(ascii: "/")])
            out.append(rule.name)
            out.append(UInt8(ascii: ">"))
            return i + 1
        }

        guard Self.fits(rule, in: stack), stack.count < maxDepth else { return nil }
        let mark = out.count
        out.append(UInt8(ascii: "<"))
        out.append(rule.name)
        var seen: UInt64 = 0
        var hasRequiredURL = false
        while true {
            let afterName = i
            while i < n, Self.isSpace(input[i]) { i += 1 }
            guard i < n else { return nil }
            if input[i] == UInt8(ascii: ">") { i += 1; break }
            if input[i] == UInt8(ascii: "/"), i + 1 < n, input[i + 1] == UInt8(ascii: ">") {
                guard rule.isVoid else { return nil }  // `<p/>` means something else to libxml2
                i += 2
                break
            }
            guard i > afterName else { return nil }  // attributes must be separated by white space
            let attrStart = i
            while i < n, Self.isNameByte(input[i]) || input[i] == UInt8(ascii: "-") { i += 1 }
            guard i > attrStart, i + 1 < n, input[i] == UInt8(ascii: "=") else { return nil }
            let attrEnd = i
            i += 1
            let quote = input[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            i += 1
            let valueStart = i
            // A control byte (NUL ends the value for libxml2; newlines it may normalize) goes to libxml2.
            while i < n, input[i] != quote {
                guard input[i] >= 0x20 else { return nil }
                i += 1
            }
            guard i < n else { return nil }
            let valueEnd = i
            i += 1
            guard let attrKey = NameKey(bytes: UnsafeBufferPointer(rebasing: input[attrStart..<attrEnd])) else { continue }
            guard let attr = AttributeRule.lookup(key: attrKey), rule.attributes & attr.bit != 0 else { continue }
            guard seen & attr.bit == 0 else { return nil }  // duplicates: libxml2 keeps the first, and warns
            seen |= attr.bit
            guard let written = writeAttribute(attr, input, valueStart, valueEnd, rule: rule, out: &out) else { return nil }
            if written {
                switch (rule.special, attr) {
                case (.anchor, .href), (.image, .src): hasRequiredURL = true
                default: break
                }
            }
        }
        if rule.special == .anchor || rule.special == .image, !hasRequiredURL {
            out.truncate(to: mark)
            return nil  // the libxml2 path unwraps or drops it; let it
        }
        out.append(UInt8(ascii: ">"))
        if !rule.isVoid { stack.append(rule) }
        return i
    }

    /// Decodes the value's references (nil: one the fast path does not take) and writes it.
    private func writeAttribute(_ attr: AttributeRule, _ input: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int,
                                rule: ElementRule, out: inout ByteBuffer) -> Bool? {
        let slice = UnsafeBufferPointer(rebasing: input[from..<to])
        guard slice.contains(UInt8(ascii: "&")) else {
            return AttributeWriter.write(attr, slice.baseAddress ?? input.baseAddress! + from, slice.count, in: rule, urls: urls, to: &out)
        }
        var decoded: [UInt8] = []
        var k = 0, run = 0
        while k < slice.count {
            guard slice[k] == UInt8(ascii: "&") else { k += 1; continue }
            guard let (scalar, length) = EntityDecoder.reference(slice, at: k), slice[k + length - 1] == UInt8(ascii: ";") else { return nil }
            decoded.append(contentsOf: slice[run..<k])
            if let scalar { EntityDecoder.appendUTF8(scalar, to: &decoded) }
            k += length
            run = k
        }
        decoded.append(contentsOf: slice[run...])
        return decoded.withUnsafeBufferPointer { AttributeWriter.write(attr, $0.baseAddress!, $0.count, in: rule, urls: urls, to: &out) }
    }

    /// Whether libxml2 would open `rule` where it stands, without closing or inserting anything.
    static func fits(_ rule: ElementRule, in stack: [ElementRule]) -> Bool {
        let kind = rule.structure
        // Structures whose implied parts differ between parsers: left to libxml2.
        if kind.contains(.tableOrListPart) { return false }
        guard let parent = stack.last else { return !kind.contains(.listItem) }
        if holdsOnlyItems(parent) { return kind.contains(.listItem) }
        if kind.contains(.listItem) { return false }
        if kind.contains(.anchor), stack.contains(where: { $0.structure.contains(.anchor) }) { return false }
        // `br` is void and not inline in the rule table, but libxml2 keeps it inside a paragraph.
        if rule.isInline || kind.contains(.lineBreak) { return true }
        // A block inside a paragraph or phrasing element makes libxml2 close them.
        return !stack.contains { $0.isInline || $0.structure.contains(.paragraphLike) }
    }

    static func holdsOnlyItems(_ rule: ElementRule) -> Bool { rule.structure.contains(.listContainer) }

    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
