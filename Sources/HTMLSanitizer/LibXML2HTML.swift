internal import CLibXML2

/// libxml2 is initialised once per process, lazily and thread-safely (a Swift global).
/// `xmlCleanupParser` is never called: it is not thread-safe and libxml2 ≥ 2.9.11 cleans up at exit.
private let libxml2Ready: Void = {
    xmlInitParser()
}()

/// Runs libxml2's HTML parser over a byte buffer with a caller's SAX handler; builds no tree.
///
/// One parser context per call, created and freed here: nothing outlives the call, and separate
/// calls may run on separate threads at once.
enum LibXML2HTML {
    /// Recover from everything, never touch the network, report nothing. HTML_PARSE_NOIMPLIED is
    /// deliberately off: with it, text outside any element gets an implied `<p>` from libxml2
    /// (htmlCheckParagraph); with implied html/body the text stays bare and the handlers unwrap
    /// html/head/body themselves.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
    )

    /// A handler with every callback empty except the structured error sink, which swallows
    /// errors so libxml2 never prints (serror is only consulted when `initialized` is the SAX2 magic).
    static func baseHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = 0xDEED_BEAF  // XML_SAX2_MAGIC; the HTML parser still calls the SAX1 startElement
        handler.serror = { _, _ in }
        return handler
    }

    /// Parses `bytes` as UTF-8 HTML, delivering events to `handler` with `userData` as context.
    ///
    /// The encoding is forced to UTF-8, so a `<meta charset>` inside the fragment cannot switch it.
    /// Returns false if the input is too large for libxml2's `int` sizes or no context could be made.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, handler: xmlSAXHandler, userData: UnsafeMutableRawPointer
    ) -> Bool {
        _ = libxml2Ready
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return false }
        guard let ctxt = htmlNewParserCtxt() else { return false }
        defer { htmlFreeParserCtxt(ctxt) }
        // The context owns the malloc'd handler (freed by htmlFreeParserCtxt): copy ours into it.
        ctxt.pointee.sax.pointee = handler
        ctxt.pointee.userData = userData
        let doc = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            htmlCtxtReadMemory(ctxt, chars, Int32(bytes.count), nil, "UTF-8", options)
        }
        // No startDocument callback means no tree is built; free defensively all the same.
        if let doc { xmlFreeDoc(doc) }
        return true
    }

    /// Frees memory libxml2 allocated and handed over (as xmlBuildURI's result).
    static func free(_ pointer: UnsafeMutablePointer<UInt8>) {
        arna_xml_free(pointer)
    }

    /// The Unicode scalar of an HTML 4 named entity (`nbsp`, `laquo`, `mdash`…), from libxml2's table.
    static func namedEntity(_ name: UnsafePointer<UInt8>) -> UInt32? {
        _ = libxml2Ready
        guard let entity = htmlEntityLookup(name) else { return nil }
        return entity.pointee.value
    }
}
