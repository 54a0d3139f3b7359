/// CDATA sections that the repair pass hands to the builder past libxml2.
///
/// libxml2 reads CDATA one character at a time, checking each; the repair pass has already found
/// where a section ends and that it holds nothing XML forbids. So a section in element content
/// is replaced, in what libxml2 reads, by a processing instruction naming it, and the builder
/// takes the section's bytes from the document when that instruction arrives: in document order,
/// exactly where libxml2 would have reported the CDATA. The placeholder keeps the section's line
/// feeds, so libxml2's line numbers stay right.
///
/// Used by one read, synchronously; not `Sendable`.
final class CDATAHandOff {
    /// Shorter sections are not worth what the hand-off costs (a push to libxml2 to learn where it is).
    static let minimumLength = 128

    /// The placeholder's processing-instruction target: random for each read, so that no document
    /// can write a placeholder of its own.
    private let target: [UInt8]
    /// The sections handed over and not read yet, as ranges of the document's bytes: numbers
    /// `firstPending...`. libxml2 reads the placeholders in document order, soon after they are
    /// written, so this holds a few at most and memory stays flat however long the feed.
    private var pending: [Range<Int>] = []
    private var firstPending = 0
    /// The document's bytes, while the repair pass and libxml2 run over them.
    var document: UnsafeBufferPointer<UInt8>?
    /// Whether a section that starts where the pushed bytes end is element content.
    private let isInElementContent: () -> Bool

    /// - Parameter isInElementContent: Asked of the parser before each hand-off.
    init(isInElementContent: @escaping () -> Bool) {
        self.isInElementContent = isInElementContent
        self.target = Array("arna-cdata-\(String(UInt64.random(in: .min ... .max), radix: 16))".utf8)
    }

    /// How many sections were handed over.
    private(set) var count = 0

    /// Takes the section with content `range` of the document, if it is element content; returns
    /// its placeholder number.
    func accept(_ range: Range<Int>) -> Int? {
        guard isInElementContent() else { return nil }
        pending.append(range)
        count += 1
        return firstPending + pending.count - 1
    }

    /// Writes the placeholder for section `number`: `<?TARGET NUMBER` and the section's line feeds, then `?>`.
    func writePlaceholder(number: Int, newlines: Int, to out: inout [UInt8]) {
        out.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "?")])
        out.append(contentsOf: target)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: String(number).utf8)
        for _ in 0..<newlines { out.append(0x0A) }
        out.append(contentsOf: [UInt8(ascii: "?"), UInt8(ascii: ">")])
    }

    /// The bytes of the section a processing instruction stands for, which it and every section
    /// before it are then done with; nil when it is not one of this read's placeholders.
    func section(target: UnsafePointer<UInt8>, data: UnsafePointer<UInt8>?) -> UnsafeBufferPointer<UInt8>? {
        guard let document, let data else { return nil }
        for k in 0..<self.target.count where target[k] != self.target[k] { return nil }
        guard target[self.target.count] == 0 else { return nil }
        var number = 0
        var k = 0
        while data[k] >= UInt8(ascii: "0"), data[k] <= UInt8(ascii: "9"), k < 18 {
            number = number * 10 + Int(data[k] - UInt8(ascii: "0"))
            k += 1
        }
        guard k > 0, number >= firstPending, number - firstPending < pending.count else { return nil }
        let range = pending[number - firstPending]
        pending.removeFirst(number - firstPending + 1)
        firstPending = number + 1
        return UnsafeBufferPointer(rebasing: document[range])
    }
}
