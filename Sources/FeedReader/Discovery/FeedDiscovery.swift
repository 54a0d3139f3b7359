internal import CLibXML2
import Foundation
import TextEncodings

/// Finds the feeds an HTML page advertises with `<link rel="alternate" type="application/rss+xml">`
/// (or Atom, or JSON Feed), so a user who gives arna an outlet's home page learns what to subscribe to.
public enum FeedDiscovery {
    /// The feeds `html` advertises, absolute against `base`, in page order, without duplicates.
    public static func advertisedFeeds(in html: [UInt8], base: URL?) -> [URL] {
        LibXML2.ensureInitialized()
        let collector = LinkCollector(base: base)
        var handler = htmlSAXHandler()
        handler.startElement = { ctx, name, attributes in
            guard let ctx, let name else { return }
            Unmanaged<LinkCollector>.fromOpaque(ctx).takeUnretainedValue().element(name, attributes)
        }
        handler.serror = { _, _ in }
        let userData = Unmanaged.passUnretained(collector).toOpaque()
        guard let context = htmlCreatePushParserCtxt(&handler, userData, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else { return [] }
        defer { htmlFreeParserCtxt(context) }
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        _ = htmlCtxtUseOptions(context, Int32(options))
        html.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                _ = htmlParseChunk(context, chars, Int32(min(buffer.count, Int(Int32.max))), 0)
            }
        }
        _ = htmlParseChunk(context, nil, 0, 1)
        return collector.feeds
    }

    /// The error for an HTML page given where a feed was expected, naming the feeds it advertises.
    static func htmlPageError(_ bytes: [UInt8], transportCharset: String?, base: URL?) -> ReadError {
        let decoded = DocumentDecoder.decode(bytes, transportCharset: transportCharset, kind: .html)
        let feeds = advertisedFeeds(in: decoded.utf8, base: base)
        let message: String
        if feeds.isEmpty {
            message = "this is an HTML page, not a feed, and it advertises no feed"
        } else {
            message = "this is an HTML page, not a feed; it advertises: " + feeds.map(\.absoluteString).joined(separator: " ")
        }
        return ReadError(.htmlPage, message, advertisedFeeds: feeds)
    }
}

/// Collects `<link rel="alternate">` feed links during an HTML SAX parse.
private final class LinkCollector {
    private(set) var feeds: [URL] = []
    private var base: URL?
    private static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml", "text/xml", "application/xml",
    ]

    init(base: URL?) { self.base = base }

    func element(_ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        let tag = String(cString: name).lowercased()
        guard tag == "link" || tag == "base", let attributes else { return }
        var values: [String: String] = [:]
        var k = 0
        while let key = attributes[k] {
            values[String(cString: key).lowercased()] = attributes[k + 1].map { String(cString: $0) } ?? ""
            k += 2
        }
        if tag == "base" {
            base = URLResolver.resolve(values["href"], against: base) ?? base
            return
        }
        let rels = (values["rel"] ?? "").lowercased().split(separator: " ")
        let type = (values["type"] ?? "").lowercased().trimmed
        guard rels.contains("alternate"), Self.feedTypes.contains(type),
              let url = URLResolver.resolve(values["href"], against: base), !feeds.contains(url) else { return }
        feeds.append(url)
    }
}
