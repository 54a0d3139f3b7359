import ArnaCore
import FeedDates
import Foundation

/// Finds and removes what is not the article: menus, footers, widgets, share buttons, and the
/// outlet's related-news lists (whose links are kept as the article's `related`).
struct Boilerplate {
    let doc: HTMLDocument
    let dates: DateText
    let base: URL?

    /// Elements removed with everything inside, whatever their class.
    static let junkTags: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "button", "svg", "template", "select",
        "input", "textarea", "object", "embed", "canvas", "dialog", "menu",
    ]

    /// Words in `class`/`id` that mark a block as not the article.
    static let junkWords: [String] = [
        "menu", "nav", "navbar", "navigation", "footer", "sidebar", "widget", "related", "similar", "share", "sharing", "social",
        "comment", "comments", "banner", "advert", "ads", "adv", "reklama", "promo", "subscribe", "subscription", "breadcrumb",
        "breadcrumbs", "tags", "popular", "most-read", "latest", "recommend", "recommended", "readalso", "read-also", "cookie",
        "modal", "popup", "newsletter", "telegram", "counter", "rating", "pagination", "topbar", "masthead",
    ]

    /// Headings of related-news lists (Kazakh, Russian, English), lower-case: their links become `related`.
    static let relatedPhrases: [String] = [
        "байланысты жаңалықтар", "байланысты жаналықтар", "тақырыпқа қатысты", "тақырып бойынша", "ұқсас жаңалықтар",
        "тағы оқыңыз", "сондай-ақ оқыңыз", "оқи отырыңыз", "читайте также", "читайте по теме", "по теме", "похожие новости",
        "материалы по теме", "новости по теме", "related", "read also", "read more",
        "taqyrypqa qatysty", "baılanysty jańalyqtar", "baylanysty janalyqtar", "uqsas jańalyqtar",
    ]
    /// Headings of other news lists (latest, most read): removed, their links not kept.
    static let listPhrases: [String] = [
        "соңғы жаңалықтар", "көп оқылған", "ең көп оқылған", "басты жаңалықтар", "последние новости", "самое читаемое",
        "популярное", "другие новости", "главные новости", "latest news", "most read",
        "sońǵy jańalyqtar", "songy janalyqtar", "kóp oqylǵan",
        "комментарии", "пікірлер", "пікір қалдыру", "оставить комментарий", "comments",
    ]

    /// Whether a class/id string holds one of the junk words as a whole word (split at `-`, `_`, space).
    static func isJunkClass(_ value: String) -> Bool {
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        let padded = " " + value.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ") + " "
        let dashed = " " + value.replacingOccurrences(of: "_", with: "-") + " "
        return junkWords.contains { word in
            word.contains("-") ? dashed.contains(word) : padded.contains(" " + word + " ")
        }
    }

    /// Whether a short text is the heading of a related-news list (or, with `phrases: listPhrases`, another list).
    static func isRelatedHeading(_ text: String, phrases: [String] = relatedPhrases + listPhrases) -> Bool {
        // `Комментарии (3)`: a count after the heading does not change what it is.
        let lower = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " :.!»«—-()0123456789"))
        guard !lower.isEmpty, lower.count <= 40 else { return false }
        return phrases.contains { lower == $0 || lower.hasPrefix($0 + ":") || lower.hasPrefix($0 + " ") && lower.count <= $0.count + 3 }
    }

    /// Removes the related-news blocks (collecting their links), then junk tags and junk classes.
    ///
    /// - Parameters:
    ///   - scope: Where to clean (`nil` for the whole page).
    ///   - protected: A node (a rule's body) that is never removed with an ancestor.
    /// - Returns: The links of the related-news blocks, with their dates when shown.
    mutating func clean(in scope: DOMNode? = nil, protecting protected: DOMNode? = nil) -> [RelatedArticle] {
        let related = removeRelatedBlocks(in: scope, protecting: protected)
        for node in doc.nodes(".//*", in: scope ?? doc.root) where node.isElement {
            guard isAttached(node, to: scope) else { continue }
            if let protected, node.contains(protected) { continue }
            if Self.junkTags.contains(node.name) {
                doc.remove(node)
            } else if node.name == "header", doc.nodes(".//h1", in: node).isEmpty {
                doc.remove(node)
            } else if !["html", "body", "main", "article"].contains(node.name), Self.isJunkClass(node.classAndID), !holdsArticle(node) {
                doc.remove(node)
            } else if node.attribute("hidden") != nil || (node.attribute("style") ?? "").replacingOccurrences(of: " ", with: "").contains("display:none") {
                doc.remove(node)
            }
        }
        return related
    }

    /// A container that holds the headline or several long paragraphs is kept even with a junk-looking class.
    private func holdsArticle(_ node: DOMNode) -> Bool {
        if !doc.nodes(".//h1", in: node).isEmpty { return true }
        let long = doc.nodes(".//p", in: node).filter { $0.text.count >= 80 && $0.linkDensity < 0.5 }
        return long.count >= 2
    }

    /// Whether `node` is still in the tree under `scope` (an earlier removal may have taken its ancestor).
    private func isAttached(_ node: DOMNode, to scope: DOMNode?) -> Bool {
        guard let root = scope ?? doc.root else { return false }
        return root.contains(node)
    }

    private mutating func removeRelatedBlocks(in scope: DOMNode?, protecting protected: DOMNode?) -> [RelatedArticle] {
        var related: [RelatedArticle] = []
        let headings = doc.nodes(".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::div or self::span or self::p or self::strong or self::b or self::em or self::header]", in: scope ?? doc.root)
            .filter { Self.isRelatedHeading($0.ownText.isEmpty ? $0.text : $0.ownText) && $0.text.count <= 60 }
        for heading in headings where isAttached(heading, to: scope) {
            let keepLinks = Self.isRelatedHeading(heading.ownText.isEmpty ? heading.text : heading.ownText, phrases: Self.relatedPhrases)
            var block = heading
            // Climb to the smallest ancestor that holds links: the list the heading names.
            while doc.nodes(".//a[@href]", in: block).isEmpty, let parent = block.parent, !["body", "html"].contains(parent.name) {
                block = parent
            }
            // Article text around the heading (two plain paragraphs) means the list sits inside the article.
            let contentLike = doc.nodes(".//p", in: block).filter { $0.text.count >= 40 && $0.linkDensity < 0.3 }.count >= 2
            if contentLike || ["body", "html", "main", "article"].contains(block.name) || protected.map(block.contains) == true {
                // The heading sits inside the article itself: drop it and the list right after it.
                if keepLinks { related += links(in: heading) }
                var next = heading.nextElementSibling
                doc.remove(heading)
                while let sibling = next, ["ul", "ol", "div", "section", "dl"].contains(sibling.name) || (sibling.name == "p" && sibling.linkDensity > 0.5) {
                    next = sibling.nextElementSibling
                    if keepLinks { related += links(in: sibling) }
                    doc.remove(sibling)
                    if sibling.name != "p" { break }
                }
            } else {
                if keepLinks { related += links(in: block) }
                doc.remove(block)
            }
        }
        var seen: Set<URL> = []
        return related.filter { seen.insert($0.url).inserted }
    }

    /// The links of a block with their titles and, when the list item shows one, their dates.
    func links(in block: DOMNode) -> [RelatedArticle] {
        let anchors = block.name == "a" ? [block] : doc.nodes(".//a[@href]", in: block)
        return anchors.compactMap { anchor -> RelatedArticle? in
            let title = anchor.text
            guard title.count >= 8, let url = URLs.absolute(anchor.attribute("href"), base: base) else { return nil }
            let item = anchor.ancestors.first { ["li", "article", "div", "p", "dd"].contains($0.name) } ?? anchor
            var published: Date?
            for candidate in doc.nodes(".//time | .//*[not(self::a)][not(*)]", in: item) where !anchor.contains(candidate) {
                if let text = candidate.attribute("datetime"), let date = DateText.parse(text, with: dates) { published = date; break }
                if let date = DateText.parse(candidate.text, with: dates) { published = date; break }
            }
            return RelatedArticle(url: url, title: title, published: published)
        }
    }
}
