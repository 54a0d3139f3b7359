import ArnaCore
import Foundation
import HTMLSanitizer

extension ParsedFeed {
    /// The feed's items as articles of `outlet`.
    ///
    /// - The id is stable across re-reads and edits: outlet + the item's id, or its canonical link.
    /// - The title is plain text; summary and content are sanitized HTML (text values escaped).
    /// - `published` falls back to `updated`; `updated` is kept only when it differs.
    /// - The language is the item's, else the feed's, else the outlet's, else guessed from the
    ///   text (Kazakh letters tell `kk` from `ru`).
    /// - Parameter outlet: The outlet the feed belongs to.
    /// - Returns: One article per item, in document order.
    public func articles(outlet: Outlet) -> [Article] {
        let sanitizer = HTMLSanitizer()
        let feedLanguage = feed.language.flatMap(LanguageTag.init(rawValue:))
        return items.map { item in
            ArticleMapper(item: item, outlet: outlet, feedLanguage: feedLanguage, sanitizer: sanitizer).article
        }
    }
}

/// Maps one item onto the article model.
struct ArticleMapper {
    let item: FeedItem
    let outlet: Outlet
    let feedLanguage: LanguageTag?
    let sanitizer: HTMLSanitizer

    var article: Article {
        let title = plainTitle
        let published = item.published ?? item.updated
        let fallbackKey = (title ?? "") + "|" + (published.map { String($0.timeIntervalSince1970) } ?? "")
        let summary = html(item.summary, type: item.summaryType)
        let content = bestContent
        return Article(
            id: ArticleID.derive(outlet: outlet.id, guid: item.id, link: item.link, fallback: fallbackKey),
            outlet: outlet,
            url: item.link,
            title: title ?? "",
            summary: summary,
            contentHTML: content,
            authors: item.authors.map { Person(name: $0.name, email: $0.email, uri: $0.uri) },
            published: published,
            updated: item.updated.flatMap { $0 == published ? nil : $0 },
            categories: item.categories.map { ArnaCore.Category(term: $0.term, scheme: $0.scheme, label: $0.label) },
            language: language(title: title, summary: summary ?? content),
            image: image,
            enclosures: item.enclosures.map { Enclosure(url: $0.url, type: $0.type, length: $0.length) },
            related: item.links.filter { $0.rel == "related" }.map { RelatedArticle(url: $0.href, title: $0.title) },
            comments: item.comments,
            rights: item.rights.map { item.rightsType == .text ? $0 : sanitizer.plainText(fromHTML: $0) }
        )
    }

    private var plainTitle: String? {
        guard let title = item.title else { return nil }
        let plain = item.titleType == .text ? title : sanitizer.plainText(fromHTML: title)
        return plain.isEmpty ? nil : plain
    }

    /// The first HTML body; a plain-text one becomes paragraphs.
    private var bestContent: String? {
        if let markup = item.content.first(where: { $0.type != .text }) { return markup.value }
        return item.content.first.flatMap { html($0.value, type: .text) }
    }

    private func html(_ value: String?, type: TextType) -> String? {
        guard let value, !value.isEmpty else { return nil }
        guard type == .text else { return value }
        return value.components(separatedBy: "\n\n")
            .map { $0.trimmed }
            .filter { !$0.isEmpty }
            .map { "<p>" + HTMLText.escape($0) + "</p>" }
            .joined()
    }

    private func language(title: String?, summary: String?) -> LanguageTag? {
        if let tag = item.language.flatMap(LanguageTag.init(rawValue:)) { return tag }
        if let feedLanguage { return feedLanguage }
        if let tag = outlet.language { return tag }
        let sample = (title ?? "") + " " + sanitizer.plainText(fromHTML: summary ?? "")
        return LanguageTag.guess(from: sample)
    }

    private var image: ArticleImage? {
        guard let url = item.image else { return nil }
        let enclosure = item.enclosures.first { $0.url == url }
        return ArticleImage(url: url, type: enclosure?.type, length: enclosure?.length, caption: item.imageCaption, credit: item.imageCredit)
    }
}
