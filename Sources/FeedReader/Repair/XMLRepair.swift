internal import CLibXML2
import TextEncodings

/// The pass over a document's UTF-8 bytes that runs before libxml2 sees them, and streams
/// its output to it.
///
/// Why: libxml2 2.9 in recover mode drops every entity reference once the document has been
/// found not well-formed (`xmlParseReference` returns early), so one bare `&` or `&nbsp;` early
/// in a feed would silently eat every `&lt;p&gt;` after it. This pass therefore
/// - rewrites every entity reference as a character reference (`&lt;` → `&#60;`), which
///   libxml2 always keeps; HTML named entities (`&nbsp;`, `&laquo;`) become their characters;
/// - escapes a bare `&` or `<` that starts no reference or tag;
/// - removes characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) and references to them;
/// - drops junk or white space before the XML declaration;
/// - removes the DOCTYPE, so libxml2 loads no DTD and expands no entity: internal entities are
///   expanded here under a byte budget, external ones are never loaded.
/// CDATA sections and comments pass through untouched (apart from forbidden characters).
/// Every repair is recorded in ``diagnostics``.
///
/// A CDATA section in element content may instead be handed over (``CDATAHandOff``): its bytes
/// go to the reader directly and libxml2 reads a short placeholder in their place. libxml2 reads
/// non-ASCII text one character at a time, and `content:encoded` bodies in CDATA are most of an
/// RSS feed; this pass has found the section's end already, so nothing is read twice.
struct XMLRepair {
    private(set) var diagnostics = RepairDiagnostics()
    private var entities: DeclaredEntities
    private let emit: (UnsafeBufferPointer<UInt8>) -> Void
    private let handOff: CDATAHandOff?
    private var out: [UInt8] = []
    private let flushSize = 256 * 1024

    // Line numbers are counted lazily, only when a fault is reported.
    private var lineCountedTo = 0
    private var line = 1

    /// - Parameters:
    ///   - entityBudget: The most bytes declared entities may expand to.
    ///   - handOff: Where CDATA sections may go past libxml2; nil to pass every one through.
    ///   - emit: Receives the repaired document in pieces.
    init(entityBudget: Int, handOff: CDATAHandOff? = nil, emit: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.entities = DeclaredEntities(budget: entityBudget)
        self.handOff = handOff
        self.emit = emit
        out.reserveCapacity(flushSize + 4096)
    }

    /// Repairs `input` and emits it, in pieces, to the sink.
    mutating func run(_ input: UnsafeBufferPointer<UInt8>) throws(ReadError) {
        let n = input.count
        var i = skipLeadingJunk(input)
        var pending = i  // input[pending..<i] is clean and not yet emitted
        // Through a pointer: an Array subscript here kept its bounds check in the hot loop.
        let table = RepairTables.pointer
        guard let base = input.baseAddress else { return }
        while i < n {
            // Sixteen bytes per step past runs with nothing to look at (most of a feed).
            if i + 16 <= n {
                guard let k = ByteLanes.firstIndex(Self.needsLook(ByteLanes.load(base + i))) else { i += 16; continue }
                i += k
            }
            let byte = input[i]
            if table[Int(byte)] == 0 { i += 1; continue }
            switch byte {
            case UInt8(ascii: "&"):
                take(input, from: &pending, to: i)
                i = try reference(input, at: i)
                pending = i
            case UInt8(ascii: "<"):
                let next = i + 1 < n ? input[i + 1] : 0
                if next == UInt8(ascii: "!") {
                    if matches(input, at: i, "<![CDATA[") {
                        i = cdataSection(input, at: i, pending: &pending)
                    } else if matches(input, at: i, "<!--") {
                        i = skipSection(input, from: i + 4, end: "-->", pending: &pending)
                    } else if matchesIgnoringCase(input, at: i, "<!DOCTYPE") {
                        take(input, from: &pending, to: i)
                        i = try doctype(input, at: i)
                        pending = i
                    } else {
                        i += 2
                    }
                } else if next == UInt8(ascii: "/") || next == UInt8(ascii: "?") || startsName(next) {
                    i += 1
                } else {
                    take(input, from: &pending, to: i)
                    append("&#60;")
                    report("bare '<' in text (escaped)", at: i, in: input)
                    i += 1
                    pending = i
                }
            case 0xEF:
                if isNonCharacterFFFEOrFFFF(input, at: i) {
                    take(input, from: &pending, to: i)
                    report("character U+FFFE/U+FFFF is not allowed in XML (removed)", at: i, in: input)
                    i += 3
                    pending = i
                } else {
                    i += 1
                }
            default:
                take(input, from: &pending, to: i)
                report("control character U+\(hex4(UInt32(byte))) is not allowed in XML (removed)", at: i, in: input)
                i += 1
                pending = i
            }
        }
        take(input, from: &pending, to: n)
        flush()
    }

    /// Marks the bytes the main loop must look at: the table's bytes (`&`, `<`, 0xEF, controls)
    /// and, harmlessly, tab, LF and CR.
    @inline(__always)
    private static func needsLook(_ lanes: ByteLanes.Lanes) -> ByteLanes.Lanes {
        ByteLanes.equal(lanes, UInt8(ascii: "<")) | ByteLanes.equal(lanes, UInt8(ascii: "&"))
            | ByteLanes.equal(lanes, 0xEF) | ByteLanes.below(lanes, 0x20)
    }

    // MARK: - Pieces of the document

    /// Handles `&` at `i`; returns where scanning goes on.
    private mutating func reference(_ input: UnsafeBufferPointer<UInt8>, at i: Int) throws(ReadError) -> Int {
        let n = input.count
        var j = i + 1
        if j < n, input[j] == UInt8(ascii: "#") {
            j += 1
            let isHex = j < n && (input[j] == UInt8(ascii: "x") || input[j] == UInt8(ascii: "X"))
            if isHex { j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < n, j - digitsStart < 8, let d = digit(input[j], hex: isHex) {
                value = value &* (isHex ? 16 : 10) &+ d
                j += 1
            }
            if j > digitsStart, j < n, input[j] == UInt8(ascii: ";") {
                if isXMLChar(value) {
                    appendSlice(input, i, j + 1)
                } else {
                    report("character reference to U+\(hex4(value)), which XML forbids (removed)", at: i, in: input)
                }
                return j + 1
            }
            append("&#38;")
            report("'&' that starts no valid character reference (escaped)", at: i, in: input)
            return i + 1
        }
        while j < n, j - i <= 40, isNameByte(input[j]) { j += 1 }
        guard j > i + 1, j < n, input[j] == UInt8(ascii: ";") else {
            append("&#38;")
            report("bare '&' (escaped)", at: i, in: input)
            return i + 1
        }
        let nameBytes = UnsafeBufferPointer(rebasing: input[(i + 1)..<j])
        switch nameBytes.count {
        case 2 where nameBytes[0] == UInt8(ascii: "l") && nameBytes[1] == UInt8(ascii: "t"): append("&#60;")
        case 2 where nameBytes[0] == UInt8(ascii: "g") && nameBytes[1] == UInt8(ascii: "t"): append("&#62;")
        case 3 where equals(nameBytes, "amp"): append("&#38;")
        case 4 where equals(nameBytes, "quot"): append("&#34;")
        case 4 where equals(nameBytes, "apos"): append("&#39;")
        default:
            let name = String(decoding: nameBytes, as: UTF8.self)
            if let declared = try entities.expand(name) {
                if declared.external {
                    report("external entity '&\(name);' is never loaded (removed)", at: i, in: input)
                } else {
                    appendEscapedText(declared.text)
                }
            } else if let code = htmlEntity(nameBytes) {
                append("&#\(code);")
                report("HTML entity '&\(name);' is not defined in XML (read as its character)", at: i, in: input)
            } else {
                append("&#38;")
                appendSlice(input, i + 1, j + 1)
                report("undefined entity '&\(name);' (kept as text)", at: i, in: input)
            }
        }
        return j + 1
    }

    /// Removes a DOCTYPE at `i`, reading the entities its internal subset declares.
    private mutating func doctype(_ input: UnsafeBufferPointer<UInt8>, at i: Int) throws(ReadError) -> Int {
        let n = input.count
        var j = i + 9
        var quote: UInt8 = 0
        var subsetStart = -1, subsetEnd = -1
        while j < n {
            let b = input[j]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "[") && subsetStart < 0 {
                subsetStart = j + 1
                // The internal subset ends at the first `]` outside quotes and declarations' strings.
                var k = j + 1, q: UInt8 = 0
                while k < n {
                    let c = input[k]
                    if q != 0 { if c == q { q = 0 } } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { q = c } else if c == UInt8(ascii: "]") { break }
                    k += 1
                }
                subsetEnd = k
                j = k
            } else if b == UInt8(ascii: ">") {
                break
            }
            j += 1
        }
        if subsetStart >= 0, subsetEnd > subsetStart {
            let subset = String(decoding: UnsafeBufferPointer(rebasing: input[subsetStart..<subsetEnd]), as: UTF8.self)
            try entities.declare(fromSubset: subset)
        }
        return min(j + 1, n)
    }

    /// The CDATA section at `start`; returns where scanning goes on. A clean one (terminated,
    /// nothing XML forbids) passes through as it is, or, when long and in element content, is
    /// handed over with a placeholder written in its place; any other is repaired.
    private mutating func cdataSection(_ input: UnsafeBufferPointer<UInt8>, at start: Int, pending: inout Int) -> Int {
        let contentStart = start + 9
        guard let (contentEnd, newlines) = Self.cleanSection(input, from: contentStart) else {
            return skipSection(input, from: contentStart, end: "]]>", pending: &pending)
        }
        let after = contentEnd + 3
        guard let handOff, contentEnd - contentStart >= CDATAHandOff.minimumLength else { return after }
        // libxml2 must have read up to the section to tell whether it is in element content.
        take(input, from: &pending, to: start)
        flush()
        guard let number = handOff.accept(contentStart..<contentEnd) else { return after }
        handOff.writePlaceholder(number: number, newlines: newlines, to: &out)
        pending = after
        return after
    }

    /// The end of the CDATA section whose content starts at `start`, and the line feeds in it;
    /// nil when it is unterminated or holds a character XML forbids (C0 control, U+FFFE, U+FFFF).
    private static func cleanSection(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, newlines: Int)? {
        let n = input.count
        guard let base = input.baseAddress else { return nil }
        var i = start
        var newlines = 0
        while i < n {
            if i + 16 <= n {
                let lanes = ByteLanes.load(base + i)
                let marks = ByteLanes.equal(lanes, UInt8(ascii: "]")) | ByteLanes.below(lanes, 0x20) | ByteLanes.equal(lanes, 0xEF)
                guard let k = ByteLanes.firstIndex(marks) else { i += 16; continue }
                i += k
            }
            switch input[i] {
            case UInt8(ascii: "]"):
                if matches(input, at: i, "]]>") { return (i, newlines) }
            case 0x0A:
                newlines += 1
            case 0x09, 0x0D:
                break
            case 0xEF:
                if isNonCharacterFFFEOrFFFF(input, at: i) { return nil }
            case 0..<0x20:
                return nil
            default:
                break
            }
            i += 1
        }
        return nil
    }

    /// Passes a CDATA section or comment through, removing only the characters XML forbids (C0
    /// controls, U+FFFE, U+FFFF: libxml2 would stop reading the document at them).
    private mutating func skipSection(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: StaticString, pending: inout Int) -> Int {
        let n = input.count
        let first = end.utf8Start[0]
        var i = start
        let base = input.baseAddress!
        while i < n {
            if i + 16 <= n {
                let lanes = ByteLanes.load(base + i)
                let marks = ByteLanes.equal(lanes, first) | ByteLanes.below(lanes, 0x20) | ByteLanes.equal(lanes, 0xEF)
                guard let k = ByteLanes.firstIndex(marks) else { i += 16; continue }
                i += k
            }
            let b = input[i]
            if b == first, matches(input, at: i, end) { return i + end.utf8CodeUnitCount }
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D {
                take(input, from: &pending, to: i)
                report("control character U+\(hex4(UInt32(b))) is not allowed in XML (removed)", at: i, in: input)
                pending = i + 1
            } else if isNonCharacterFFFEOrFFFF(input, at: i) {
                take(input, from: &pending, to: i)
                report("character U+FFFE/U+FFFF is not allowed in XML (removed)", at: i, in: input)
                pending = i + 3
                i += 3
                continue
            }
            i += 1
        }
        return n
    }

    /// Where the document really starts: junk or white space before `<?xml` is dropped.
    private mutating func skipLeadingJunk(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        guard let firstLT = input.firstIndex(of: UInt8(ascii: "<")) else { return 0 }
        let window = min(input.count, 4096)
        var k = firstLT
        while k + 5 <= window {
            if input[k] == UInt8(ascii: "<"), matches(input, at: k, "<?xml") {
                if k > 0 {
                    let junk = input[0..<k].contains { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
                    diagnostics.add(junk ? "junk before the XML declaration (skipped)" : "white space before the XML declaration (skipped)", line: 1)
                }
                return k
            }
            k += 1
        }
        if firstLT > 0, input[0..<firstLT].contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }) {
            diagnostics.add("junk before the first element (skipped)", line: 1)
            return firstLT
        }
        return 0
    }

    // MARK: - Output

    private mutating func take(_ input: UnsafeBufferPointer<UInt8>, from pending: inout Int, to end: Int) {
        if end > pending { appendSlice(input, pending, end) }
        pending = end
    }

    private mutating func appendSlice(_ input: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        // A long clean run goes straight to libxml2 without a copy.
        if to - from >= flushSize {
            flush()
            emit(UnsafeBufferPointer(rebasing: input[from..<to]))
            return
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[from..<to]))
        if out.count >= flushSize { flush() }
    }

    private mutating func append(_ text: String) {
        out.append(contentsOf: text.utf8)
    }

    private mutating func appendEscapedText(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): append("&#38;")
            case UInt8(ascii: "<"): append("&#60;")
            case 0..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D: break
            default: out.append(byte)
            }
        }
    }

    private mutating func flush() {
        guard !out.isEmpty else { return }
        out.withUnsafeBufferPointer { emit($0) }
        out.removeAll(keepingCapacity: true)
    }

    private mutating func report(_ message: String, at offset: Int, in input: UnsafeBufferPointer<UInt8>) {
        if offset > lineCountedTo {
            for k in lineCountedTo..<offset where input[k] == 0x0A { line += 1 }
            lineCountedTo = offset
        }
        diagnostics.add(message, line: line)
    }
}
