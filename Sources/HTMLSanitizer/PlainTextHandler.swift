internal import CLibXML2

/// The state of one `plainText` call: libxml2's SAX events in, text bytes out.
///
/// Block elements and `br` become a space so words on either side stay apart; dropped elements
/// (script, style, …) lose their text; white space is collapsed afterwards by `WhitespaceCollapser`.
final class PlainTextHandler {
    var out: [UInt8] = []
    /// For each open element: true if it separates words (block), nil if dropped.
    private var frames: [Bool?] = []
    private var dropDepth = 0

    init(capacity: Int) { out.reserveCapacity(capacity) }

    func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        LibXML2HTML.parse(bytes, handler: Self.handler, userData: Unmanaged.passUnretained(self).toOpaque())
    }

    nonisolated(unsafe) private static let handler: xmlSAXHandler = {
        var h = LibXML2HTML.baseHandler()
        h.startElement = { ctx, name, _ in
            guard let ctx, let name else { return }
            Unmanaged<PlainTextHandler>.fromOpaque(ctx).takeUnretainedValue().start(name)
        }
        h.endElement = { ctx, name in
            guard let ctx, let name else { return }
            Unmanaged<PlainTextHandler>.fromOpaque(ctx).takeUnretainedValue().end(name)
        }
        h.characters = { ctx, text, length in
            guard let ctx, let text, length > 0 else { return }
            let handler = Unmanaged<PlainTextHandler>.fromOpaque(ctx).takeUnretainedValue()
            if handler.dropDepth == 0 { handler.out.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(length))) }
        }
        h.cdataBlock = h.characters
        h.ignorableWhitespace = h.characters
        return h
    }()

    private func start(_ name: UnsafePointer<UInt8>) {
        let rule = ElementRule.lookup(name)
        if let rule, rule.isVoid {
            if dropDepth == 0, !rule.isInline { out.append(0x20) }
            return
        }
        if dropDepth > 0 || rule?.action == .drop {
            dropDepth += 1
            frames.append(nil)
            return
        }
        let separates = rule.map { !$0.isInline && $0.action == .keep } ?? false
        if separates { out.append(0x20) }
        frames.append(separates)
    }

    private func end(_ name: UnsafePointer<UInt8>) {
        if let rule = ElementRule.lookup(name), rule.isVoid { return }
        guard let frame = frames.popLast() else { return }
        switch frame {
        case nil: dropDepth -= 1
        case true?: out.append(0x20)
        case false?: break
        }
    }
}
