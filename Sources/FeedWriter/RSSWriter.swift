import ArnaCore
import Foundation

/// Writes the feed as RSS 2.0, for readers that still want RSS.
///
/// The channel links to itself with `atom:link rel="self"`; items carry `guid
/// isPermaLink="false"` with the same tag id as the Atom entry, `pubDate` in RFC 822 with
/// `+0000`, `dc:creator` per author, the summary as `description`, the full HTML as
/// `content:encoded` (escaped text), the lead photo as `enclosure` and Media RSS, and a
/// `source` naming the outlet when it is not the site itself.
public struct RSSWriter: Sendable {
    /// The feed being written.
    public var configuration: FeedConfiguration

    /// Creates a writer for the feed `configuration` describes.
    public init(configuration: FeedConfiguration) { self.configuration = configuration }

    /// Renders the channel with `entries`, in the order given.
    ///
    /// - Parameter entries: The items, newest first.
    /// - Returns: The UTF-8 bytes of the document.
    public func render(_ entries: [Article]) -> [UInt8] {
        let c = configuration
        var out = XMLBuffer(capacity: 4096 + entries.count * 4096)
        out.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n<channel>\n")
        out.element("  ", "title", c.title)
        out.element("  ", "link", c.siteURL.absoluteString)
        out.element("  ", "description", c.subtitle ?? c.title)
        out.raw("  <atom:link rel=\"self\" type=\"application/rss+xml\""); out.attribute("href", c.url(of: c.rssFileName).absoluteString); out.raw("/>\n")
        if let lang = c.language { out.element("  ", "language", lang.rawValue) }
        if let r = c.rights { out.element("  ", "copyright", r) }
        if let email = c.author.email { out.element("  ", "managingEditor", email + (c.author.name.map { " (\($0))" } ?? "")) }
        out.element("  ", "lastBuildDate", FeedDate.rfc822(FeedPlan.newest(entries)))
        out.element("  ", "generator", "arna \(ArnaVersion.current) (\(ArnaVersion.homepage))")
        if let img = c.logo ?? c.icon {
            out.raw("  <image>\n")
            out.element("    ", "url", img.absoluteString)
            out.element("    ", "title", c.title)
            out.element("    ", "link", c.siteURL.absoluteString)
            out.raw("  </image>\n")
        }
        for a in entries { item(&out, a) }
        out.raw("</channel>\n</rss>\n")
        return out.bytes
    }

    private func item(_ out: inout XMLBuffer, _ a: Article) {
        let c = configuration
        out.raw("  <item>\n")
        out.element("    ", "title", a.title)
        if let url = a.url { out.element("    ", "link", url.absoluteString) }
        out.raw("    <guid isPermaLink=\"false\">"); out.text(c.entryID(for: a)); out.raw("</guid>\n")
        if let d = a.published ?? a.updated { out.element("    ", "pubDate", FeedDate.rfc822(d)) }
        for p in a.authors { if let n = p.name ?? p.email { out.element("    ", "dc:creator", n) } }
        for cat in a.categories {
            out.raw("    <category")
            if let s = cat.scheme { out.attribute("domain", s) }
            out.raw(">"); out.text(cat.label ?? cat.term); out.raw("</category>\n")
        }
        if let s = a.summary { out.element("    ", "description", s) }
        if let html = a.contentHTML { out.element("    ", "content:encoded", html) }
        if let comments = a.comments { out.element("    ", "comments", comments.absoluteString) }
        // RSS allows one enclosure per item: the lead photo, else the first attachment.
        let first = a.image.map { Enclosure(url: $0.url, type: $0.type, length: $0.length) } ?? a.enclosures.first
        if let e = first {
            out.raw("    <enclosure"); out.attribute("url", e.url.absoluteString)
            out.attribute("length", String(e.length ?? 0))
            out.attribute("type", e.type ?? "application/octet-stream"); out.raw("/>\n")
        }
        if let img = a.image {
            out.raw("    <media:thumbnail"); out.attribute("url", img.url.absoluteString); out.raw("/>\n")
            if let credit = img.credit { out.element("    ", "media:credit", credit) }
            if let caption = img.caption { out.raw("    <media:description type=\"plain\">"); out.text(caption); out.raw("</media:description>\n") }
        }
        if a.outlet.id != c.outletID {
            out.raw("    <source"); out.attribute("url", (a.outlet.feedURL ?? a.outlet.siteURL ?? c.siteURL).absoluteString)
            out.raw(">"); out.text(a.outlet.name); out.raw("</source>\n")
        }
        out.raw("  </item>\n")
    }
}
