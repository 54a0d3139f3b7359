import Foundation
import TextEncodings

/// Reads one feed document, of any format arna knows, into the normalized ``ParsedFeed``.
///
/// The reader decides the encoding (BOM, transport charset, XML declaration, sniffing),
/// transcodes to UTF-8, repairs what real feeds get wrong (see ``XMLRepair``), streams the
/// result through libxml2's SAX2 push parser in recover mode, and maps RSS 0.90–2.0, RSS 1.0,
/// Atom 0.3/1.0 and JSON Feed 1.0/1.1 onto one document. HTML values are sanitized, URLs
/// made absolute and dates read into instants. A broken document is read as far as it can
/// be, with ``ParsedFeed/bozo`` set.
///
/// ```swift
/// let feed = try FeedReader(options: ReadOptions(baseURL: url)).read(data)
/// let articles = feed.articles(outlet: outlet)
/// ```
public struct FeedReader: Sendable {
    /// The options every read uses.
    public var options: ReadOptions

    /// Creates a reader.
    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    /// Reads a document.
    ///
    /// - Parameter data: The document's bytes, as fetched.
    /// - Returns: What the reader understood, with any faults in `errors`.
    /// - Throws: ``ReadError`` when nothing could be read, or a limit refused the document.
    public func read(_ data: Data) throws(ReadError) -> ParsedFeed {
        try read(bytes: [UInt8](data))
    }

    /// Reads a document from its bytes; see ``read(_:)``.
    public func read(bytes: [UInt8]) throws(ReadError) -> ParsedFeed {
        try read(bytes: bytes, handOverCDATA: true).feed
    }

    /// ``read(bytes:)`` with the CDATA hand-off (``CDATAHandOff``) on or off, and how many
    /// sections it took past libxml2: the two ways must read every document alike.
    package func read(bytes: [UInt8], handOverCDATA: Bool) throws(ReadError) -> (feed: ParsedFeed, handedOver: Int) {
        guard bytes.count <= options.maxBytes else {
            throw ReadError(.tooLarge, "refused: the document is \(bytes.count) bytes, over the size limit of \(options.maxBytes) bytes")
        }
        let decoded = DocumentDecoder.decode(bytes, transportCharset: options.charset, kind: .xml)
        switch DocumentKind.sniff(decoded.utf8) {
        case .empty:
            throw ReadError(.empty, "the document is empty")
        case .json:
            var feed = try JSONFeedReader(options: options).read(decoded.utf8)
            feed.encoding = decoded.encoding
            feed.errors = decoded.diagnostics + feed.errors
            return (feed, 0)
        case .html:
            throw FeedDiscovery.htmlPageError(bytes, transportCharset: options.charset, base: options.baseURL)
        case .xml:
            return try readXML(decoded, handOverCDATA: handOverCDATA)
        }
    }

    private func readXML(_ decoded: DecodedDocument, handOverCDATA: Bool) throws(ReadError) -> (feed: ParsedFeed, handedOver: Int) {
        let builder = FeedBuilder(options: options)
        let parser = try SAXPushParser(builder: builder)
        let handOff = CDATAHandOff { [unowned parser] in parser.isInElementContent() }
        builder.handOff = handOff
        var repair = XMLRepair(entityBudget: options.maxEntityExpansion, handOff: handOverCDATA ? handOff : nil) { parser.push($0) }
        try decoded.utf8.withUnsafeBufferPointer { (buffer) throws(ReadError) in
            // Handed-over sections are read from the document: it must outlive the last push.
            handOff.document = buffer
            defer { handOff.document = nil }
            try repair.run(buffer)
            parser.finish()
        }
        if let fatal = builder.fatal {
            if fatal.kind == .notAFeed, builder.rootName == "html" {
                throw FeedDiscovery.htmlPageError(decoded.utf8, transportCharset: nil, base: options.baseURL)
            }
            throw fatal
        }
        guard let format = builder.format else {
            let detail = builder.errors.first.map { ": \($0)" } ?? ""
            throw ReadError(.unreadable, "no feed could be read: the document has no XML element\(detail)")
        }
        var errors = decoded.diagnostics + repair.diagnostics.messages + builder.errors
        if builder.skippedItems > 0 {
            errors.append("the feed has more than \(options.maxItems) items; \(builder.skippedItems) were skipped (item limit)")
        }
        return (ParsedFeed(format: format, encoding: decoded.encoding, errors: errors, feed: builder.feed, items: builder.items), handOff.count)
    }
}
