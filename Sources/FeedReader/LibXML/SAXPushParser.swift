internal import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

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
        handler.processingInstruction = { ctx, target, data in
            guard let ctx, let target else { return }
            Unmanaged<FeedBuilder>.fromOpaque(ctx).takeUnretainedValue().processingInstruction(target: target, data: data)
        }
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

    /// Whether libxml2 has read everything pushed so far but character data, inside an element:
    /// then a CDATA section that starts where the pushed bytes end is element content.
    ///
    /// In push mode libxml2 keeps back what it cannot finish yet; a `<` among those bytes is a tag,
    /// comment or processing instruction still open (and the section would be inside it).
    func isInElementContent() -> Bool {
        guard !builder.stopped, !builder.stack.isEmpty, context.pointee.instate == XML_PARSER_CONTENT,
              let input = context.pointee.input, let cur = input.pointee.cur, let end = input.pointee.end, cur <= end
        else { return false }
        return memchr(cur, Int32(UInt8(ascii: "<")), cur.distance(to: end)) == nil
    }

    /// Ends the document; libxml2 reports what was left open.
    func finish() {
        guard !builder.stopped else { return }
        _ = xmlParseChunk(context, nil, 0, 1)
    }
}
