import ArnaCore
import Foundation

/// Writes the feed as JSON Feed 1.1, with a fixed key order so the bytes are stable.
///
/// Items carry the tag id, `content_html`, `summary`, `image`, both dates, `authors`, `tags`
/// (category labels), `language` and `attachments`; what JSON Feed has no field for (photo
/// credit and caption, related links with their dates, the outlet) goes in an `_arna` object.
public struct JSONFeedWriter: Sendable {
    /// The feed being written.
    public var configuration: FeedConfiguration

    /// Creates a writer for the feed `configuration` describes.
    public init(configuration: FeedConfiguration) { self.configuration = configuration }

    /// Renders the feed with `entries`, in the order given.
    ///
    /// - Parameter entries: The items, newest first.
    /// - Returns: The UTF-8 bytes of the document.
    public func render(_ entries: [Article]) -> [UInt8] {
        let c = configuration
        var j = JSONBuffer(capacity: 4096 + entries.count * 4096)
        j.open(0x7B)
        j.field("version", "https://jsonfeed.org/version/1.1")
        j.field("title", c.title)
        j.field("home_page_url", c.siteURL.absoluteString)
        j.field("feed_url", c.url(of: c.jsonFileName).absoluteString)
        j.field("description", c.subtitle)
        j.field("icon", (c.logo ?? c.icon)?.absoluteString)
        j.field("favicon", c.icon?.absoluteString)
        j.field("language", c.language?.rawValue)
        j.open(0x5B, key: "authors"); person(&j, c.author); j.close(0x5D)
        j.open(0x5B, key: "items")
        for a in entries { item(&j, a) }
        j.close(0x5D)
        j.close(0x7D)
        j.bytes.append(0x0A)
        return j.bytes
    }

    private func person(_ j: inout JSONBuffer, _ p: Person) {
        j.open(0x7B)
        j.field("name", p.name ?? p.email)
        j.field("url", p.uri?.absoluteString ?? p.email.map { "mailto:" + $0 })
        j.close(0x7D)
    }

    private func item(_ j: inout JSONBuffer, _ a: Article) {
        let c = configuration
        j.open(0x7B)
        j.field("id", c.entryID(for: a))
        j.field("url", a.url?.absoluteString)
        j.field("title", a.title)
        j.field("content_html", a.contentHTML ?? a.summary ?? "")
        j.field("summary", a.summary)
        j.field("image", a.image?.url.absoluteString)
        j.field("date_published", a.published.map(FeedDate.rfc3339))
        j.field("date_modified", FeedDate.rfc3339(FeedPlan.updatedDate(a)))
        if !a.authors.isEmpty {
            j.open(0x5B, key: "authors"); for p in a.authors { person(&j, p) }; j.close(0x5D)
        }
        if !a.categories.isEmpty {
            j.open(0x5B, key: "tags"); for cat in a.categories { j.element(cat.label ?? cat.term) }; j.close(0x5D)
        }
        j.field("language", a.language?.rawValue)
        var attachments: [Enclosure] = a.image.map { [Enclosure(url: $0.url, type: $0.type, length: $0.length)] } ?? []
        for e in a.enclosures where !attachments.contains(where: { $0.url == e.url }) { attachments.append(e) }
        if !attachments.isEmpty {
            j.open(0x5B, key: "attachments")
            for e in attachments {
                j.open(0x7B)
                j.field("url", e.url.absoluteString)
                j.field("mime_type", e.type ?? "application/octet-stream")
                j.field("size_in_bytes", e.length)
                j.close(0x7D)
            }
            j.close(0x5D)
        }
        j.open(0x7B, key: "_arna")
        j.field("outlet", a.outlet.id)
        j.field("image_credit", a.image?.credit)
        j.field("image_caption", a.image?.caption)
        if !a.related.isEmpty {
            j.open(0x5B, key: "related")
            for r in a.related {
                j.open(0x7B)
                j.field("url", r.url.absoluteString)
                j.field("title", r.title)
                j.field("date_published", r.published.map(FeedDate.rfc3339))
                j.close(0x7D)
            }
            j.close(0x5D)
        }
        j.close(0x7D)
        j.close(0x7D)
    }
}
