import ArnaCore
import FeedDates
import Foundation
import TextEncodings

/// Reads an outlet's listing page (a section front, "all news") into its article links: the way
/// a site without a feed becomes one (like RSS-Bridge).
///
/// A selector (XPath or CSS, as in ``ExtractionRule``) picks the links: `a` elements, elements
/// holding one, or `href` attributes. Each link keeps its text as the title and, when the list
/// item prints one (`<time datetime>`, `05.03.2020 14:30`, `5 наурыз 2020`), its date.
///
/// ```swift
/// let links = try ListingReader.links(in: bytes, url: URL(string: "https://abai.kz/")!, selector: ".news-list a")
/// ```
public enum ListingReader {
    /// The article links of a listing page, in page order, without duplicates.
    ///
    /// - Parameters:
    ///   - bytes: The page as fetched (any charset).
    ///   - url: The page's URL (the base for relative links).
    ///   - charset: The transport charset, if known.
    ///   - selector: XPath or CSS picking the article links.
    ///   - options: Size limit and zone for printed dates.
    ///   - limit: At most this many links (default 100).
    /// - Returns: One ``ArnaCore/RelatedArticle`` per link: URL, title, and date when printed.
    /// - Throws: ``ExtractionError``: `.invalidRule` for a bad selector, `.tooLarge`, `.unreadable`,
    ///   or `.noArticle` when the selector matches no link.
    public static func links(
        in bytes: [UInt8], url: URL, charset: String? = nil, selector: String, options: ExtractionOptions = ExtractionOptions(), limit: Int = 100
    ) throws(ExtractionError) -> [RelatedArticle] {
        guard bytes.count <= options.maxBytes else {
            throw ExtractionError(.tooLarge, "the page is \(bytes.count) bytes, more than the limit of \(options.maxBytes)")
        }
        let xpath = try CSSSelector.xpath(for: selector)
        guard HTMLDocument.isValidXPath(xpath) else { throw ExtractionError(.invalidRule, "links: '\(selector)' is not valid XPath") }
        let decoded = DocumentDecoder.decode(bytes, transportCharset: charset, kind: .html)
        guard let doc = HTMLDocument(utf8: decoded.utf8, url: url) else { throw ExtractionError(.unreadable, "the page holds no HTML document") }
        let base = URLs.absolute(doc.nodes("//base[@href]").first?.attribute("href"), base: url) ?? url
        let reader = Boilerplate(doc: doc, dates: DateText(parser: DateParser(zone: options.zone), reference: options.reference), base: base)
        var seen: Set<URL> = [url]
        var result: [RelatedArticle] = []
        for node in doc.nodes(xpath) {
            let anchors: [DOMNode]
            if !node.isElement, let owner = node.owner {
                anchors = [owner]  // an href attribute: its element
            } else if node.name == "a" {
                anchors = [node]
            } else {
                anchors = doc.nodes(".//a[@href]", in: node).prefix(1).map { $0 }
            }
            for anchor in anchors {
                guard let link = reader.listed(anchor), seen.insert(link.url).inserted else { continue }
                result.append(link)
            }
            if result.count >= limit { break }
        }
        guard !result.isEmpty else { throw ExtractionError(.noArticle, "no link matches '\(selector)' on the page") }
        return result
    }
}

extension Boilerplate {
    /// One listing link: its URL, its text (or `title`) as the title, and the date its list item prints.
    func listed(_ anchor: DOMNode) -> RelatedArticle? {
        guard let url = URLs.absolute(anchor.attribute("href"), base: base) else { return nil }
        let title = anchor.text.isEmpty ? (anchor.attribute("title") ?? "") : anchor.text
        guard !title.isEmpty else { return nil }
        var link = links(in: anchor).first ?? RelatedArticle(url: url, title: title)
        link.title = title
        if link.published == nil, let item = anchor.ancestors.first(where: { ["li", "article", "div", "p", "dd", "tr"].contains($0.name) }) {
            for candidate in doc.nodes(".//time | .//*[not(self::a)][not(*)]", in: item) where !anchor.contains(candidate) {
                if let date = DateText.parse(candidate.attribute("datetime") ?? candidate.text, with: dates) { link.published = date; break }
            }
        }
        return link
    }
}
