internal import CLibXML2

/// Owns one libxml2 SAX2 push-parser context and forwards its events to a ``FeedBuilder``.
///
/// Used inside one synchronous call and never shared: libxml2 contexts are not thread-safe,
/// so the type is deliberately not `Sendable`. Errors reach the builder through the
/// context's own structured error callback (`serror`), never stderr or a global handler.
final class SAXPushParser {
    private let context: xmlParserCtxtPtr
    private let builder: FeedBuilder

    init(builder: FeedBuilder) throws(ReadError) {
        LibXML2.ensureInitialized()
        self.builder = builder
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { ctx, localName, prefix, uri, _, _, attributeCount, _, attributes in
            guard let ctx, let localName else { return }
            Unmanaged<FeedBuilder>.fromOpaque(ctx).takeUnretainedValue()
                .startElement(localName, prefix: prefix, uri: uri, attributeCount: Int(attributeCount), attributes: attributes)
        }
        handler.endElementNs = { ctx, localName, _, _ in
            guard let ctx, localName != nil else { return }
            Unmanaged<FeedBuilder>.fromOpaque(ctx).takeUnretainedValue().endElement()
        }
        handler.characters = { ctx, bytes, length in
            guard let ctx, let bytes else { return }
            Unmanaged<FeedBuilder>.fromOpaque(ctx).takeUnretainedValue()
                .characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
        }
        handler.cdataBlock = handler.characters
        handler.serror = { ctx, error in
            guard let ctx, let error else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
            Unmanaged<FeedBuilder>.fromOpaque(ctx).takeUnretainedValue()
                .xmlError(message, line: Int(error.pointee.line), column: Int(error.pointee.int2))
        }
        let userData = Unmanaged.passUnretained(builder).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&handler, userData, nil, 0, nil) else {
            throw ReadError(.unreadable, "libxml2 could not create a parser")
        }
        self.context = context
        // The repair pass hands over UTF-8 always: the declared encoding is ignored.
        // Never NOENT, DTDLOAD or HUGE; NONET so libxml2 never touches the network.
        let options = XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_NOWARNING.rawValue
        xmlCtxtUseOptions(context, Int32(options))
        xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        builder.stop = { [unowned self] in xmlStopParser(self.context) }
    }

    deinit {
        xmlFreeParserCtxt(context)
    }

    /// Parses the next piece of the document.
    func push(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !builder.stopped, let base = bytes.baseAddress, bytes.count > 0 else { return }
        // xmlParseChunk takes an Int32 size: feed large pieces in slices.
        var offset = 0
        while offset < bytes.count, !builder.stopped {
            let size = min(bytes.count - offset, 1 << 20)
            base.advanced(by: offset).withMemoryRebound(to: CChar.self, capacity: size) { chars in
                _ = xmlParseChunk(context, chars, Int32(size), 0)
            }
            offset += size
        }
    }

    /// Ends the document; libxml2 reports what was left open.
    func finish() {
        guard !builder.stopped else { return }
        _ = xmlParseChunk(context, nil, 0, 1)
    }
}
