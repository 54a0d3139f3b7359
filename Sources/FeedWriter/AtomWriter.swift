import ArnaCore
import Foundation

/// Writes Atom 1.0 documents (RFC 4287) with RFC 5005 archive links, byte for byte the same
/// for the same input.
///
/// Builds straight into a UTF-8 byte buffer: no DOM, no formatter, no clock. Entries carry a
/// stable tag URI id, both dates, authors, categories with labels, the summary and the full
/// HTML content (escaped, `type="html"`), the lead photo as an `enclosure` link plus Media RSS
/// `thumbnail`/`credit`/`description`, `related` links, and an `atom:source` when the article
/// comes from another outlet.
public struct AtomWriter: Sendable {
    /// The feed being written.
    public var configuration: FeedConfiguration

    /// Creates a writer for the feed `configuration` describes.
    public init(configuration: FeedConfiguration) { self.configuration = configuration }

    /// Which document is being written, for its self link and its archive links.
    public enum Document: Sendable, Hashable {
        /// The subscription document; `newestArchive` is the page its `prev-archive` names.
        case current(newestArchive: Int?)
        /// Archive page `page` (1 is the oldest).
        case archive(page: Int)
    }

    /// Renders one document.
    ///
    /// - Parameters:
    ///   - entries: The entries, in the order they should appear (see `FeedPlan.newestFirst`).
    ///   - document: The current feed or an archive page.
    /// - Returns: The UTF-8 bytes of the document.
    public func render(_ entries: [Article], as document: Document = .current(newestArchive: nil)) -> [UInt8] {
        let c = configuration
        var out = XMLBuffer(capacity: 4096 + entries.count * 4096)
        out.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\"")
        if case .archive = document { out.raw(" xmlns:fh=\"http://purl.org/syndication/history/1.0\"") }
        if let lang = c.language { out.attribute("xml:lang", lang.rawValue) }
        out.raw(">\n")
        out.element("  ", "id", c.feedID)
        out.element("  ", "title", c.title)
        if let s = c.subtitle { out.element("  ", "subtitle", s) }
        out.element("  ", "updated", FeedDate.rfc3339(FeedPlan.newest(entries)))
        let selfName: String
        switch document {
        case .current(let newestArchive):
            selfName = c.atomFileName
            link(&out, "self", c.url(of: selfName), type: "application/atom+xml")
            link(&out, "alternate", c.siteURL, type: "text/html")
            if let page = newestArchive {
                link(&out, "prev-archive", c.url(of: c.archiveFileName(page)), type: "application/atom+xml")
            }
        case .archive(let page):
            selfName = c.archiveFileName(page)
            out.raw("  <fh:archive/>\n")
            link(&out, "self", c.url(of: selfName), type: "application/atom+xml")
            link(&out, "alternate", c.siteURL, type: "text/html")
            link(&out, "current", c.url(of: c.atomFileName), type: "application/atom+xml")
            if page > 1 { link(&out, "prev-archive", c.url(of: c.archiveFileName(page - 1)), type: "application/atom+xml") }
            // Named before it exists, so this page never has to be rewritten when it appears.
            link(&out, "next-archive", c.url(of: c.archiveFileName(page + 1)), type: "application/atom+xml")
        }
        person(&out, "author", c.author, indent: "  ")
        out.raw("  <generator"); out.attribute("uri", ArnaVersion.homepage); out.attribute("version", ArnaVersion.current)
        out.raw(">arna</generator>\n")
        if let icon = c.icon { out.element("  ", "icon", icon.absoluteString) }
        if let logo = c.logo { out.element("  ", "logo", logo.absoluteString) }
        if let r = c.rights { out.element("  ", "rights", r) }
        for e in entries { entry(&out, e) }
        out.raw("</feed>\n")
        return out.bytes
    }

    private func entry(_ out: inout XMLBuffer, _ a: Article) {
        let c = configuration
        out.raw("  <entry")
        if let lang = a.language, lang != c.language { out.attribute("xml:lang", lang.rawValue) }
        out.raw(">\n")
        out.element("    ", "id", c.entryID(for: a))
        out.element("    ", "title", a.title)
        if let url = a.url { link(&out, "alternate", url, type: "text/html", indent: "    ") }
        if let p = a.published { out.element("    ", "published", FeedDate.rfc3339(p)) }
        out.element("    ", "updated", FeedDate.rfc3339(FeedPlan.updatedDate(a)))
        for p in a.authors { person(&out, "author", p, indent: "    ") }
        for cat in a.categories {
            out.raw("    <category"); out.attribute("term", cat.term)
            if let s = cat.scheme { out.attribute("scheme", s) }
            if let l = cat.label { out.attribute("label", l) }
            out.raw("/>\n")
        }
        if let s = a.summary { out.raw("    <summary type=\"html\">"); out.text(s); out.raw("</summary>\n") }
        if let html = a.contentHTML { out.raw("    <content type=\"html\">"); out.text(html); out.raw("</content>\n") }
        var enclosed: Set<URL> = []
        if let img = a.image {
            enclosed.insert(img.url)
            enclosure(&out, img.url, img.type, img.length)
            out.raw("    <media:thumbnail"); out.attribute("url", img.url.absoluteString); out.raw("/>\n")
            if let credit = img.credit { out.element("    ", "media:credit", credit) }
            if let caption = img.caption {
                out.raw("    <media:description type=\"plain\">"); out.text(caption); out.raw("</media:description>\n")
            }
        }
        for e in a.enclosures where enclosed.insert(e.url).inserted { enclosure(&out, e.url, e.type, e.length) }
        for r in a.related {
            out.raw("    <link rel=\"related\" type=\"text/html\""); out.attribute("href", r.url.absoluteString)
            if let t = r.title { out.attribute("title", t) }
            out.raw("/>\n")
        }
        if let comments = a.comments { link(&out, "replies", comments, type: "text/html", indent: "    ") }
        if let r = a.rights, r != c.rights { out.element("    ", "rights", r) }
        if a.outlet.id != c.outletID { source(&out, a) }
        out.raw("  </entry>\n")
    }

    private func source(_ out: inout XMLBuffer, _ a: Article) {
        let o = a.outlet
        out.raw("    <source>\n")
        out.element("      ", "id", o.feedURL?.absoluteString ?? configuration.outletTagID(o))
        out.element("      ", "title", o.name)
        if let f = o.feedURL { link(&out, "self", f, type: nil, indent: "      ") }
        if let s = o.siteURL { link(&out, "alternate", s, type: "text/html", indent: "      ") }
        out.element("      ", "updated", FeedDate.rfc3339(FeedPlan.updatedDate(a)))
        out.raw("    </source>\n")
    }

    private func enclosure(_ out: inout XMLBuffer, _ url: URL, _ type: String?, _ length: Int64?) {
        out.raw("    <link rel=\"enclosure\"")
        if let type { out.attribute("type", type) }
        if let length { out.attribute("length", String(length)) }
        out.attribute("href", url.absoluteString)
        out.raw("/>\n")
    }

    private func link(_ out: inout XMLBuffer, _ rel: StaticString, _ url: URL, type: String?, indent: StaticString = "  ") {
        out.raw(indent); out.raw("<link rel=\""); out.raw(rel); out.raw("\"")
        if let type { out.attribute("type", type) }
        out.attribute("href", url.absoluteString)
        out.raw("/>\n")
    }

    private func person(_ out: inout XMLBuffer, _ tag: StaticString, _ p: Person, indent: StaticString) {
        out.raw(indent); out.raw("<"); out.raw(tag); out.raw(">\n")
        out.raw(indent); out.element("  ", "name", p.name ?? p.email ?? p.uri?.absoluteString ?? "")
        if let e = p.email { out.raw(indent); out.element("  ", "email", e) }
        if let u = p.uri { out.raw(indent); out.element("  ", "uri", u.absoluteString) }
        out.raw(indent); out.raw("</"); out.raw(tag); out.raw(">\n")
    }
}
