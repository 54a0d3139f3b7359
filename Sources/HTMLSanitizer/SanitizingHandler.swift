internal import CLibXML2

/// The state of one `sanitize` call: libxml2's SAX events in, allow-listed HTML bytes out.
///
/// A struct the C callbacks reach through a raw pointer allocated for one call (no reference
/// counting or dynamic exclusivity checks per event); it is never shared between threads.
struct SanitizingHandler {
    /// One open element, as the sanitizer treated its start tag.
    private enum Frame {
        case kept(index: UInt8)
        case unwrapped
        case dropped
    }

    var out: ByteBuffer
    private var frames: [Frame] = []
    /// Open elements inside a dropped element (0 = writing).
    private var dropDepth = 0
    /// Open elements written to the output; capped at `maxDepth`.
    private var keptDepth = 0
    private let urls: URLPolicy
    private let maxDepth: Int

    init(capacity: Int, urls: URLPolicy, maxDepth: Int) {
        out = ByteBuffer(capacity: capacity)
        self.urls = urls
        self.maxDepth = maxDepth
    }

    /// Sanitizes `bytes`; nil if libxml2 could not take them.
    static func sanitize(_ bytes: UnsafeBufferPointer<UInt8>, urls: URLPolicy, maxDepth: Int) -> String? {
        let state = UnsafeMutablePointer<SanitizingHandler>.allocate(capacity: 1)
        state.initialize(to: SanitizingHandler(capacity: bytes.count + 64, urls: urls, maxDepth: maxDepth))
        defer { state.deinitialize(count: 1); state.deallocate() }
        guard state.pointee.run(bytes, userData: UnsafeMutableRawPointer(state)) else { return nil }
        return state.pointee.out.string()
    }

    /// Parses `bytes` and returns the sanitized fragment.
    ///
    /// The fragment is parsed behind an explicit `<body>`: text before the first tag otherwise gets
    /// an implied `<p>` from libxml2 (htmlCheckParagraph fires when no element is open), which would
    /// add a paragraph the author never wrote. html/head/body themselves are unwrapped.
    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, userData: UnsafeMutableRawPointer) -> Bool {
        var input: [UInt8] = []
        input.reserveCapacity(bytes.count + Self.bodyPrefix.count)
        input.append(contentsOf: Self.bodyPrefix)
        input.append(contentsOf: bytes)
        let ok = input.withUnsafeBufferPointer {
            LibXML2HTML.parse($0, handler: Self.handler, userData: userData)
        }
        // libxml2 closes every element it opened; close anything left anyway, so output is balanced.
        while let frame = frames.popLast() { close(frame) }
        return ok
    }

    private static let bodyPrefix = Array("<body>".utf8)

    nonisolated(unsafe) private static let handler: xmlSAXHandler = {
        var h = LibXML2HTML.baseHandler()
        h.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            ctx.assumingMemoryBound(to: SanitizingHandler.self).pointee.start(name, atts)
        }
        h.endElement = { ctx, name in
            guard let ctx, let name else { return }
            ctx.assumingMemoryBound(to: SanitizingHandler.self).pointee.end(name)
        }
        h.characters = { ctx, text, length in
            guard let ctx, let text, length > 0 else { return }
            ctx.assumingMemoryBound(to: SanitizingHandler.self).pointee.text(text, Int(length))
        }
        // Raw text (script/style bodies) and blank runs arrive here; dropped or written like text.
        h.cdataBlock = h.characters
        h.ignorableWhitespace = h.characters
        return h
    }()

    private mutating func text(_ text: UnsafePointer<UInt8>, _ length: Int) {
        if dropDepth == 0 { out.appendEscapedText(text, length) }
    }

    private mutating func start(_ name: UnsafePointer<UInt8>, _ atts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        let rule = ElementRule.lookup(name)
        // Void elements get an end event from libxml2 but no frame here: nothing to close.
        if let rule, rule.isVoid {
            if dropDepth == 0, rule.action == .keep { _ = writeStartTag(rule, atts) }
            return
        }
        if dropDepth > 0 || rule?.action == .drop {
            dropDepth += 1
            frames.append(.dropped)
            return
        }
        guard let rule, rule.action == .keep, keptDepth < maxDepth, writeStartTag(rule, atts) else {
            frames.append(.unwrapped)
            return
        }
        keptDepth += 1
        frames.append(.kept(index: rule.index))
    }

    private mutating func end(_ name: UnsafePointer<UInt8>) {
        if let rule = ElementRule.lookup(name), rule.isVoid { return }
        guard let frame = frames.popLast() else { return }
        close(frame)
    }

    private mutating func close(_ frame: Frame) {
        switch frame {
        case .kept(let index):
            keptDepth -= 1
            out.append(UInt8(ascii: "<"))
            out.append(UInt8(ascii: "/"))
            out.append(ElementRule.names[Int(index)])
            out.append(UInt8(ascii: ">"))
        case .unwrapped:
            break
        case .dropped:
            dropDepth -= 1
        }
    }

    /// Writes `<name attr="…">`; returns false (and writes nothing) when the element's required
    /// URL did not survive: an `img` without `src`, an `a` without `href`, a `source` without either.
    private mutating func writeStartTag(_ rule: ElementRule, _ atts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) -> Bool {
        let mark = out.count
        out.append(UInt8(ascii: "<"))
        out.append(ElementRule.names[Int(rule.index)])
        var hasRequiredURL = false
        if let atts {
            var i = 0
            while let attName = atts[i] {
                let value = atts[i + 1]
                i += 2
                guard let attr = AttributeRule.lookup(attName), rule.attributes & attr.bit != 0 else { continue }
                if AttributeWriter.write(attr, value, value.map { Int(xmlStrlen($0)) } ?? 0, in: rule, urls: urls, to: &out) {
                    switch (rule.special, attr) {
                    case (.anchor, .href), (.image, .src), (.source, .src), (.source, .srcset):
                        hasRequiredURL = true
                    default: break
                    }
                }
            }
        }
        switch rule.special {
        case .anchor, .image, .source:
            guard hasRequiredURL else { out.truncate(to: mark); return false }
        case .media:
            out.append(Array(" controls".utf8))
        case .none:
            break
        }
        out.append(UInt8(ascii: ">"))
        return true
    }
}
