internal import CLibXML2
import Foundation

/// libxml2 is initialised once per process, lazily and thread-safely (a Swift global).
/// `xmlCleanupParser` is never called: it is not thread-safe and libxml2 ≥ 2.9.11 cleans up at exit.
private let libxml2Ready: Void = {
    xmlInitParser()
}()

/// Collects libxml2's parse errors for one document (never printed).
private final class ErrorSink {
    var messages: [String] = []
    var count = 0
}

/// One HTML page parsed by libxml2's HTML parser into a tree, with XPath over it.
///
/// The document owns the `htmlDocPtr`, its XPath context and every node unlinked by
/// ``remove(_:)``; all are freed in `deinit`. ``DOMNode`` values point into the tree and are
/// valid only while this document lives, so they never leave the extractor's one synchronous
/// call. Not `Sendable`: one document is used by one call on one thread.
final class HTMLDocument {
    private let doc: htmlDocPtr
    private let xpath: xmlXPathContextPtr
    private var detached: [xmlNodePtr] = []
    private var detachedSet: Set<xmlNodePtr> = []
    /// libxml2's recoverable errors, as `line:column: message` (the first 20), never printed.
    let errors: [String]
    /// How many errors libxml2 reported in all.
    let errorCount: Int

    /// Parses UTF-8 HTML; `nil` when libxml2 builds no document (empty input, out of memory).
    init?(utf8 bytes: [UInt8], url: URL?) {
        _ = libxml2Ready
        guard !bytes.isEmpty, bytes.count < Int(Int32.max), let ctxt = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(ctxt) }
        let sink = ErrorSink()
        // serror is consulted only when `initialized` is the SAX2 magic; userData must stay the
        // context (the tree builder needs it), so the sink rides in `_private`.
        ctxt.pointee.sax.pointee.initialized = 0xDEED_BEAF
        ctxt.pointee.sax.pointee.serror = { _, error in
            guard let error, let ctxt = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self),
                  let raw = ctxt.pointee._private else { return }
            let sink = Unmanaged<ErrorSink>.fromOpaque(raw).takeUnretainedValue()
            // libxml2 2.9 knows HTML 4 only: `Tag figure invalid` on HTML5 elements is not a markup error.
            if error.pointee.code == XML_HTML_UNKNOWN_TAG.rawValue { return }
            sink.count += 1
            if sink.messages.count < 20 {
                let text = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "error"
                sink.messages.append("\(error.pointee.line):\(error.pointee.int2): \(text)")
            }
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        // htmlCtxtReset (called by htmlCtxtReadMemory) leaves `_private` alone.
        ctxt.pointee._private = Unmanaged.passUnretained(sink).toOpaque()
        let parsed: htmlDocPtr? = withExtendedLifetime(sink) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    // The bytes are UTF-8 already (TextEncodings decided): a <meta charset> must not switch.
                    htmlCtxtReadMemory(ctxt, chars, Int32(buffer.count), url?.absoluteString, "UTF-8", options)
                }
            }
        }
        ctxt.pointee._private = nil
        guard let parsed else { return nil }
        guard let context = xmlXPathNewContext(parsed) else {
            xmlFreeDoc(parsed)
            return nil
        }
        context.pointee.error = { _, _ in }
        doc = parsed
        xpath = context
        errors = sink.messages
        errorCount = sink.count
    }

    deinit {
        xmlXPathFreeContext(xpath)
        for node in detached { xmlFreeNode(node) }
        xmlFreeDoc(doc)
    }

    /// The root element (`<html>`), if any.
    var root: DOMNode? { xmlDocGetRootElement(doc).map(DOMNode.init) }

    /// Evaluates an XPath expression; node-sets come back as nodes, anything else as no nodes.
    ///
    /// - Parameters:
    ///   - expression: XPath 1.0.
    ///   - node: The context node (`nil` for the document).
    /// - Returns: The nodes in document order; empty when the expression is invalid.
    func nodes(_ expression: String, in node: DOMNode? = nil) -> [DOMNode] {
        guard let object = evaluate(expression, in: node) else { return [] }
        defer { xmlXPathFreeObject(object) }
        guard object.pointee.type == XPATH_NODESET, let set = object.pointee.nodesetval else { return [] }
        var result: [DOMNode] = []
        for i in 0..<Int(set.pointee.nodeNr) {
            if let raw = set.pointee.nodeTab[i] { result.append(DOMNode(raw: raw)) }
        }
        return result
    }

    /// Evaluates an XPath expression to strings: a node-set gives each node's text, a string,
    /// number or boolean its value; invalid expressions give nothing.
    func strings(_ expression: String, in node: DOMNode? = nil) -> [String] {
        guard let object = evaluate(expression, in: node) else { return [] }
        defer { xmlXPathFreeObject(object) }
        switch object.pointee.type {
        case XPATH_NODESET:
            guard let set = object.pointee.nodesetval else { return [] }
            return (0..<Int(set.pointee.nodeNr)).compactMap { i in set.pointee.nodeTab[i].map { DOMNode(raw: $0).text } }
        case XPATH_STRING:
            return object.pointee.stringval.map { [String(cString: $0)] } ?? []
        default:
            guard let value = xmlXPathCastToString(object) else { return [] }
            defer { arna_xml_free(value) }
            return [String(cString: value)]
        }
    }

    /// Whether `expression` compiles as XPath 1.0.
    static func isValidXPath(_ expression: String) -> Bool {
        _ = libxml2Ready
        // A context with an error handler, so a bad expression is reported to us, not printed.
        guard let context = xmlXPathNewContext(nil) else { return false }
        defer { xmlXPathFreeContext(context) }
        context.pointee.error = { _, _ in }
        let compiled = quietly { xmlXPathCtxtCompile(context, expression) }
        guard let compiled else { return false }
        xmlXPathFreeCompExpr(compiled)
        return true
    }

    private func evaluate(_ expression: String, in node: DOMNode?) -> xmlXPathObjectPtr? {
        xpath.pointee.node = node?.raw ?? UnsafeMutableRawPointer(doc).assumingMemoryBound(to: xmlNode.self)
        defer { xpath.pointee.node = nil }
        // An unknown function is reported only on libxml2's generic (printing) channel.
        return Self.quietly { xmlXPathEvalExpression(expression, xpath) }
    }

    /// Runs `body` with libxml2's generic error channel silenced on this thread (synchronously).
    static func quietly<T>(_ body: () -> T) -> T {
        var result: T?
        withoutActuallyEscaping(body) { body in
            let box = QuietBox { result = body() }
            withExtendedLifetime(box) {
                arna_without_generic_errors({ info in
                    guard let info else { return }
                    Unmanaged<QuietBox>.fromOpaque(info).takeUnretainedValue().body()
                }, Unmanaged.passUnretained(box).toOpaque())
            }
        }
        return result!
    }

    /// Takes `node` out of the tree; it is freed with the document.
    func remove(_ node: DOMNode) {
        guard node.raw.pointee.type == XML_ELEMENT_NODE || node.raw.pointee.type == XML_TEXT_NODE,
              detachedSet.insert(node.raw).inserted else { return }
        // Unlinked subtrees are disjoint (unlinking a node inside one takes it out of it), so
        // freeing each once in deinit frees everything exactly once.
        xmlUnlinkNode(node.raw)
        detached.append(node.raw)
    }

    /// The node and everything inside it, as HTML.
    func html(of node: DOMNode) -> String {
        // htmlNodeDump would add line breaks after blocks (format 1); dump unformatted instead.
        guard let output = xmlAllocOutputBuffer(nil) else { return "" }
        htmlNodeDumpFormatOutput(output, doc, node.raw, "UTF-8", 0)
        xmlOutputBufferFlush(output)
        var result = ""
        if let content = xmlOutputBufferGetContent(output) {
            result = String(decoding: UnsafeBufferPointer(start: content, count: Int(xmlOutputBufferGetSize(output))), as: UTF8.self)
        }
        xmlOutputBufferClose(output)
        return result
    }

    /// The HTML of the node's children (the node's own tag left out).
    func innerHTML(of node: DOMNode) -> String {
        node.children.map { html(of: $0) }.joined()
    }
}

/// Carries a closure and its result through a C callback.
private final class QuietBox {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}

/// libxml2's `xmlFree`, for strings it hands over.
func freeXMLString(_ pointer: UnsafeMutablePointer<xmlChar>) {
    arna_xml_free(pointer)
}
