import ArnaCore
import FeedDates
import Foundation
import HTMLSanitizer

/// Reads one parsed page: the rule's parts first, then the fallback for the rest.
struct PageReader {
    let doc: HTMLDocument
    let url: URL
    let rule: CompiledRule?
    let dates: DateText
    let sanitizer: HTMLSanitizer
    private var fallbackParts: [String] = []
    private var diagnostics: [String] = []

    init(doc: HTMLDocument, url: URL, rule: CompiledRule?, dates: DateText, sanitizer: HTMLSanitizer) {
        self.doc = doc
        self.url = url
        self.rule = rule
        self.dates = dates
        self.sanitizer = sanitizer
    }

    mutating func read(outlet given: Outlet?) throws(ExtractionError) -> ExtractedPage {
        let meta = PageMetadata.read(doc)
        let base = URLs.absolute(meta.baseHref, base: url) ?? url

        // 1. The rule's parts, before anything is removed but the rule's own drops.
        var related: [RelatedArticle] = []
        var ruled = RuledParts()
        if let rule {
            let boilerplate = Boilerplate(doc: doc, dates: dates, base: base)
            if let xpath = rule.related {
                related = doc.nodes(xpath).flatMap { boilerplate.links(in: $0) }
            }
            for xpath in rule.drop {
                for node in doc.nodes(xpath) where node.isElement { doc.remove(node) }
            }
            ruled = readRule(rule, base: base)
        }

        // 2. The fallback: remove what is not the article, then find the parts still missing.
        var boilerplate = Boilerplate(doc: doc, dates: dates, base: base)
        related += boilerplate.clean(protecting: ruled.body)
        var seen: Set<URL> = []
        related = related.filter { seen.insert($0.url).inserted }
        let order = DocumentOrder(doc)
        let h1 = doc.nodes("//h1").first { !$0.text.isEmpty }
        let finder = PartFinder(doc: doc, meta: meta, dates: dates, base: base, order: order, h1: h1)

        let title = ruled.title ?? note("title", finder.title())
        var authors = ruled.authors
        if authors.isEmpty {
            authors = finder.authors(siteName: meta.ogSiteName)
            if !authors.isEmpty { noteFallback("author") }
        }
        let published = ruled.published ?? note("date", finder.published())
        let updated = finder.updated()
        let bodyNode = ruled.body ?? note("body", BodyFinder(doc: doc).find())
        let imageURL = ruled.image ?? note("image", finder.image(in: bodyNode))
        var credit = ruled.credit
        var caption = ruled.caption
        if credit == nil || caption == nil, let found = finder.creditAndCaption(near: bodyNode) {
            if credit == nil, found.credit != nil { credit = found.credit; noteFallback("credit") }
            if caption == nil { caption = found.caption }
        }

        var contentHTML: String?
        if let bodyNode {
            let cleaner = BodyCleaner(doc: doc, dates: dates, title: title)
            for node in ruled.bodyNodes.count > 1 ? ruled.bodyNodes : [bodyNode] { cleaner.clean(node, base: base) }
            let html = ruled.bodyNodes.count > 1 ? ruled.bodyNodes.map { doc.html(of: $0) }.joined() : doc.innerHTML(of: bodyNode)
            let clean = sanitizer.sanitize(html, baseURL: base).trimmingCharacters(in: .whitespacesAndNewlines)
            contentHTML = clean.isEmpty ? nil : clean
        }
        guard title != nil || contentHTML != nil else {
            throw ExtractionError(.noArticle, "found neither a title nor an article body on the page")
        }

        let link = [meta.canonical, meta.ogURL].lazy.compactMap { URLs.absolute($0, base: base) }.first { !$0.isFileURL } ?? url
        let outlet = given ?? Self.outlet(for: link, siteName: meta.ogSiteName)
        let plainBody = contentHTML.map { sanitizer.plainText(fromHTML: $0) } ?? ""
        let language = Self.language(meta.htmlLang) ?? Self.language(meta.ogLocale) ?? LanguageTag.guess(from: (title ?? "") + " " + plainBody)
        let image = imageURL.map { ArticleImage(url: $0, caption: caption, credit: credit) }
        let summary = meta.description.map { sanitizer.sanitize($0, baseURL: base) }.flatMap { $0.isEmpty ? nil : $0 }
        let article = Article(
            id: ArticleID.derive(outlet: outlet.id, guid: nil, link: link), outlet: outlet, url: link,
            title: title ?? "", summary: summary, contentHTML: contentHTML, authors: authors.map { Person(name: $0) },
            published: published, updated: updated.flatMap { u in published.map { u > $0 ? u : nil } ?? u },
            language: language, image: image, related: related)
        return ExtractedPage(article: article, rule: rule?.name, fallbackParts: rule == nil ? [] : fallbackParts, diagnostics: diagnostics)
    }

    /// Records that a part was found by the fallback while a rule was applied.
    private mutating func note<T>(_ part: String, _ value: T?) -> T? {
        if value != nil { noteFallback(part) }
        return value
    }

    private mutating func noteFallback(_ part: String) {
        if rule != nil { fallbackParts.append(part) }
    }

    // MARK: - Rule

    struct RuledParts {
        var title: String?
        var authors: [String] = []
        var published: Date?
        var body: DOMNode?
        var bodyNodes: [DOMNode] = []
        var image: URL?
        var caption: String?
        var credit: String?
    }

    private mutating func readRule(_ rule: CompiledRule, base: URL) -> RuledParts {
        var parts = RuledParts()
        if let xpath = rule.title { parts.title = doc.strings(xpath).map(TextNormalizer.collapse).first { !$0.isEmpty } }
        if let xpath = rule.author {
            var names: [String] = []
            for text in doc.strings(xpath) {
                for name in PartFinder.authorNames(text) where !names.contains(name) { names.append(name) }
            }
            parts.authors = names
        }
        if let xpath = rule.date {
            for node in doc.nodes(xpath) {
                let text = node.attribute("datetime") ?? (node.isElement ? node.text : node.rawText)
                if let date = DateText.parse(text, with: dates) { parts.published = date; break }
            }
            if parts.published == nil, let text = doc.strings(xpath).first { parts.published = DateText.parse(text, with: dates) }
            if parts.published == nil { diagnostics.append("rule '\(rule.name)': no readable date at \(xpath)") }
        }
        if let xpath = rule.body {
            parts.bodyNodes = doc.nodes(xpath).filter(\.isElement)
            parts.body = parts.bodyNodes.first
            if parts.body == nil { diagnostics.append("rule '\(rule.name)': nothing matches the body \(xpath)") }
        }
        if let xpath = rule.image {
            for node in doc.nodes(xpath) {
                let found = node.isElement
                    ? PartFinder.imageSource(node, base: base) ?? URLs.absolute(node.attribute("content") ?? node.attribute("href"), base: base)
                    : URLs.absolute(node.rawText, base: base)
                if let image = found { parts.image = image; break }
            }
        }
        if let xpath = rule.credit, let text = doc.strings(xpath).map(TextNormalizer.collapse).first(where: { !$0.isEmpty }) {
            parts.credit = TextNormalizer.splitCredit(text)?.credit ?? text
        }
        if let xpath = rule.caption, let text = doc.strings(xpath).map(TextNormalizer.collapse).first(where: { !$0.isEmpty }) {
            parts.caption = TextNormalizer.splitCredit(text).map { $0.caption } ?? text
        }
        return parts
    }

    // MARK: - Outlet and language

    static func outlet(for url: URL, siteName: String?) -> Outlet {
        let host = (url.host ?? "local").lowercased()
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        let id = bare.replacingOccurrences(of: ".", with: "-")
        var site = URLComponents()
        site.scheme = url.scheme
        site.host = url.host
        return Outlet(id: id, name: siteName ?? bare, siteURL: url.isFileURL ? nil : site.url)
    }

    static func language(_ value: String?) -> LanguageTag? {
        guard let value = value?.replacingOccurrences(of: "_", with: "-"), let tag = LanguageTag(rawValue: value) else { return nil }
        return LanguageTag(rawValue: tag.primary)
    }
}
