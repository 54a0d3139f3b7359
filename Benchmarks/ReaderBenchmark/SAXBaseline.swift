internal import CLibXML2

/// The floor: libxml2's SAX2 push parser over the same bytes, with callbacks that only count.
enum SAXBaseline {
    final class Counts {
        var elements = 0
        var characters = 0
    }

    static func parse(_ bytes: [UInt8]) -> Int {
        xmlInitParser()
        let counts = Counts()
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { ctx, _, _, _, _, _, _, _, _ in
            Unmanaged<Counts>.fromOpaque(ctx!).takeUnretainedValue().elements += 1
        }
        handler.endElementNs = { _, _, _, _ in }
        handler.characters = { ctx, _, length in
            Unmanaged<Counts>.fromOpaque(ctx!).takeUnretainedValue().characters += Int(length)
        }
        handler.cdataBlock = handler.characters
        handler.serror = { _, _ in }
        let context = xmlCreatePushParserCtxt(&handler, Unmanaged.passUnretained(counts).toOpaque(), nil, 0, nil)!
        defer { xmlFreeParserCtxt(context) }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue))
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            let chunk = 256 * 1024
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                while offset < buffer.count {
                    let size = min(chunk, buffer.count - offset)
                    xmlParseChunk(context, chars + offset, Int32(size), 0)
                    offset += size
                }
            }
        }
        xmlParseChunk(context, nil, 0, 1)
        return counts.elements
    }
}
